import { Alert, Button, Checkbox, Descriptions, Form, Input, Modal, Space, Typography, message } from 'antd';
import { useState } from 'react';
import type { CardPreview, Peer } from '../../../shared/sync/schema';
import { errorText } from '../../components/errors';
import { useAction } from '../../components/useAction';
import { call } from '../../src/api';
import { platform } from '../../src/platform';
import { SYNC_TEXT as T } from './text';

/** Props of {@link EnrollDialog}. */
export interface EnrollDialogProps {
  open: boolean;
  title: string;
  /** A commune replacing its office: the replacement must be ticked explicitly. */
  replacing?: boolean;
  onClose: () => void;
  onDone: (peer: Peer) => void;
}

/**
 * Enrollment from a card file: the card's name, code and fingerprint (recomputed from its key) are
 * shown, the user confirms the fingerprint read back over the phone, and a different key for a known
 * code is only accepted with an explicit replacement and a reason (both logged).
 */
export function EnrollDialog({ open, title, replacing = false, onClose, onDone }: EnrollDialogProps) {
  const [card, setCard] = useState<{ json: string; preview: CardPreview } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [replace, setReplace] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction();

  const reset = () => {
    setCard(null);
    setConfirmed(false);
    setReplace(false);
    setReason('');
    action.setError(null);
  };

  const pick = async () => {
    const [file] = await platform.openFiles({ accept: '.json', multiple: false });
    if (!file) return;
    reset();
    try {
      const json = new TextDecoder().decode(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)));
      setCard({ json, preview: await call('sync.previewCard', { cardJson: json }) });
    } catch (e) {
      action.setError(errorText(e));
    }
  };

  const needsReplace = card?.preview.status === 'key_differs' || (replacing && card?.preview.status === 'new');
  const canSubmit =
    !!card && confirmed && card.preview.status !== 'same' && (!needsReplace || (replace && !!reason.trim()));

  const submit = () =>
    action.run(async () => {
      if (!card) return;
      const peer = await call('sync.enroll', {
        cardJson: card.json,
        confirmFingerprint: card.preview.card.fingerprint,
        replaceKey: needsReplace && replace,
        ...(needsReplace ? { reason: reason.trim() } : {}),
      });
      void message.success(T.enrolled(peer.name));
      reset();
      onDone(peer);
    });

  return (
    <Modal
      open={open}
      title={title}
      onCancel={() => (reset(), onClose())}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={() => (reset(), onClose())}>Hủy</Button>
          <Button
            type="primary"
            disabled={!canSubmit}
            loading={action.busy}
            onClick={() => void submit()}
            data-testid="enroll-submit"
          >
            {T.enrollSubmit}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{T.enrollIntro}</Typography.Paragraph>
        <Button onClick={() => void pick()} data-testid="enroll-pick">
          {T.enrollPick}
        </Button>
        {card && (
          <>
            <Descriptions bordered size="small" column={1}>
              <Descriptions.Item label={T.name}>{card.preview.card.name}</Descriptions.Item>
              <Descriptions.Item label={T.code}>{card.preview.card.code}</Descriptions.Item>
              <Descriptions.Item label={T.fingerprint}>
                <Typography.Text strong style={{ fontSize: 18, letterSpacing: 1 }} data-testid="enroll-fingerprint">
                  {card.preview.card.fingerprint}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            {card.preview.status === 'new' && !replacing && <Alert type="info" showIcon title={T.statusNew} />}
            {card.preview.status === 'same' && <Alert type="success" showIcon title={T.statusSame} />}
            {card.preview.status === 'key_differs' && (
              <Alert type="warning" showIcon title={T.statusDiffers(card.preview.current?.fingerprint ?? '')} />
            )}
            {card.preview.status !== 'same' && (
              <Checkbox
                checked={confirmed}
                onChange={(e) => setConfirmed(e.target.checked)}
                data-testid="enroll-confirm"
              >
                {T.confirmFingerprint}
              </Checkbox>
            )}
            {needsReplace && (
              <Form layout="vertical">
                <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)}>
                  {T.replaceKey}
                </Checkbox>
                <Form.Item label={T.replaceReason} required style={{ marginTop: 8 }}>
                  <Input.TextArea
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    count={{ show: true, max: 500 }}
                    status={reason.length > 500 ? 'error' : undefined}
                    rows={2}
                  />
                </Form.Item>
              </Form>
            )}
          </>
        )}
        {action.error && <Alert type="error" showIcon title={action.error} />}
      </Space>
    </Modal>
  );
}
