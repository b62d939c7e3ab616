import { Alert, Button, Checkbox, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import type { OfficeCommune } from '../../../shared/sync/schema';
import { formatNumber } from '../../../shared/util/format';
import { useAction } from '../../components/useAction';
import { call } from '../../src/api';
import { platform } from '../../src/platform';
import { SYNC_TEXT as T } from './text';

/**
 * After a fork: the commune's data taken afresh from a full bundle of the branch it keeps
 * (`sync.replaceCommuneData`). The officer picks the bundle, writes why and confirms; the data the
 * office held is kept in its backups folder, and the reason in the sync history.
 */
export function ReplaceDataDialog({
  commune,
  onClose,
  onDone,
}: {
  commune: OfficeCommune;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const action = useAction();

  const pick = async () => {
    const [picked] = await platform.openFiles({ accept: '.qcdc', multiple: false });
    if (picked) setFile(picked);
  };

  const submit = () =>
    action.run(async () => {
      if (!file) return;
      const result = await call('sync.replaceCommuneData', {
        code: commune.code,
        fileName: file.name,
        base64: file.base64,
        reason,
      });
      if (result.ok) onDone(T.retakeDone(commune.name, formatNumber(result.applied)));
      else action.setError(result.message);
    });

  return (
    <Modal
      open
      title={T.retakeTitle(commune.name)}
      onCancel={onClose}
      okText={T.retakeSubmit}
      cancelText={T.cancel}
      okButtonProps={{ disabled: !file || reason.trim().length < 5 || !confirmed, danger: true, loading: action.busy }}
      onOk={() => void submit()}
    >
      <Flex vertical gap={12}>
        <Alert type="warning" showIcon title={T.retakeIntro} />
        <Flex gap={8} align="center" wrap>
          <Button onClick={() => void pick()} data-testid="replace-pick">
            {T.retakePick}
          </Button>
          <span>{file ? file.name : T.retakeNoFile}</span>
        </Flex>
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder={T.retakeReason}
          aria-label={T.retakeReason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="replace-reason"
        />
        <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="replace-confirm">
          {T.retakeConfirm}
        </Checkbox>
        {action.error && <Alert type="error" showIcon title={action.error} data-testid="replace-error" />}
      </Flex>
    </Modal>
  );
}
