import { App, Button, Flex, Image, Spin, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { AttachmentRef } from '../../shared/attachment/schema';
import { formatNumber } from '../../shared/util/format';
import { publicUi } from '../i18n/publicUi';
import { call } from '../src/api';
import { errorText } from './errors';
import { useCall } from './hooks';

const t = publicUi.attachment;

/** Reads a picked file as base64 (without the data-URL prefix). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

/** One attachment: a thumbnail for an image, the file name for anything else; clicking opens it. */
export function AttachmentThumb({ attachment, size = 56 }: { attachment: AttachmentRef; size?: number }) {
  const image = attachment.mimeType.startsWith('image/');
  const file = useCall('attachment.read', { sha256: attachment.sha256 }, !image);
  if (image) {
    if (!file.data) return <Spin size="small" />;
    return (
      <Image
        data-testid="attachment-thumb"
        width={size}
        height={size}
        style={{ objectFit: 'cover', borderRadius: 4 }}
        alt={attachment.name}
        src={`data:${file.data.mimeType};base64,${file.data.base64}`}
      />
    );
  }
  return (
    <Tag data-testid="attachment-file" style={{ whiteSpace: 'normal' }}>
      {attachment.name} ({formatNumber(Math.ceil(attachment.size / 1024))} KB)
    </Tag>
  );
}

/** The attachments of a record, as thumbnails. */
export function AttachmentList({ attachments, size }: { attachments: readonly AttachmentRef[]; size?: number }) {
  if (attachments.length === 0) return null;
  return (
    <Flex gap={6} wrap data-testid="attachments">
      {attachments.map((a) => (
        <AttachmentThumb key={a.sha256} attachment={a} size={size} />
      ))}
    </Flex>
  );
}

/**
 * A form control holding attachment references: picked files are stored in the data folder by their
 * SHA-256 (`attachment.add`) and only the references go into the record.
 */
export function AttachmentField({
  value = [],
  onChange,
  hint,
  label,
}: {
  value?: AttachmentRef[];
  onChange?: (next: AttachmentRef[]) => void;
  hint?: string;
  label: string;
}) {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function add(files: FileList | null) {
    if (!files || files.length === 0) return;
    setBusy(true);
    try {
      const added: AttachmentRef[] = [];
      for (const file of Array.from(files)) {
        const base64 = await readBase64(file);
        added.push(await call('attachment.add', { fileName: file.name, mimeType: file.type, base64 }));
      }
      const known = new Set(value.map((a) => a.sha256));
      onChange?.([...value, ...added.filter((a) => !known.has(a.sha256))]);
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        {value.map((a) => (
          <Flex key={a.sha256} vertical align="center" gap={2}>
            <AttachmentThumb attachment={a} />
            <Button size="small" type="link" onClick={() => onChange?.(value.filter((x) => x.sha256 !== a.sha256))}>
              {t.remove}
            </Button>
          </Flex>
        ))}
      </Flex>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={label}
        data-testid="attachment-input"
        accept="image/*,application/pdf,.doc,.docx"
        onChange={(e) => void add(e.target.files)}
      />
      <Flex gap={8} align="center">
        <Button loading={busy} onClick={() => input.current?.click()}>
          {publicUi.disclosure.attach}
        </Button>
        {busy ? <Typography.Text type="secondary">{t.uploading}</Typography.Text> : null}
        {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
      </Flex>
    </Flex>
  );
}
