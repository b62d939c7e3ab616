import { Alert, App, Button, Flex, Image, Progress, Spin, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { MAX_ATTACHMENT_BYTES, type AttachmentRef } from '../../shared/attachment/schema';
import { formatNumber } from '../../shared/util/format';
import { publicUi } from '../i18n/publicUi';
import { call } from '../src/api';
import { errorText } from './errors';
import { useCall } from './hooks';
import { attachmentUi } from '../i18n/attachmentText';

const t = { ...publicUi.attachment, ...attachmentUi };

/** Reads a picked file as base64 (without the data-URL prefix), reporting the share read so far. */
function readBase64(file: File, onProgress: (share: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

/** A size as the clerk reads it: "850 KB", "21,3 MB". */
export function fileSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)))} KB`
    : `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

/** Why a picked file cannot be attached, before a byte of it is read or sent; null when it can. */
export function attachmentProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return t.empty(file.name);
  if (file.size > MAX_ATTACHMENT_BYTES)
    return t.tooLarge(file.name, fileSize(file.size), fileSize(MAX_ATTACHMENT_BYTES));
  return null;
}

/** Where an upload is: which file, and how far (reading is measured; saving is one step). */
interface UploadState {
  name: string;
  index: number;
  count: number;
  percent: number;
  saving: boolean;
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
      {attachment.name} ({fileSize(attachment.size)})
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
  const [upload, setUpload] = useState<UploadState | null>(null);
  const [refused, setRefused] = useState<string[]>([]);

  async function add(files: FileList | null) {
    if (!files || files.length === 0) return;
    // Too large or empty files are refused at once, with their size: nothing is read or sent.
    const picked = Array.from(files);
    const problems = picked.map(attachmentProblem).filter((p): p is string => p !== null);
    setRefused(problems);
    const accepted = picked.filter((f) => attachmentProblem(f) === null);
    const added: AttachmentRef[] = [];
    try {
      for (const [index, file] of accepted.entries()) {
        const step = { name: file.name, index, count: accepted.length };
        setUpload({ ...step, percent: 0, saving: false });
        const base64 = await readBase64(file, (share) =>
          setUpload({ ...step, percent: Math.round(share * 90), saving: false }),
        );
        setUpload({ ...step, percent: 90, saving: true });
        added.push(await call('attachment.add', { fileName: file.name, mimeType: file.type, base64 }));
      }
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      // Files stored before a failure are kept in the record.
      const known = new Set(value.map((a) => a.sha256));
      if (added.length > 0) onChange?.([...value, ...added.filter((a) => !known.has(a.sha256))]);
      setUpload(null);
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
        // Not `hidden`: antd's form styles show a file input as a block, and the browser labels it in
        // English ("Choose Files / No file chosen"). The Vietnamese button below opens it.
        style={{ display: 'none' }}
        aria-label={label}
        data-testid="attachment-input"
        accept="image/*,application/pdf,.doc,.docx"
        onChange={(e) => void add(e.target.files)}
      />
      <Flex gap={8} align="center" wrap>
        <Button loading={upload !== null} onClick={() => input.current?.click()}>
          {publicUi.disclosure.attach}
        </Button>
        <Typography.Text type="secondary">{hint ?? t.limit(fileSize(MAX_ATTACHMENT_BYTES))}</Typography.Text>
      </Flex>
      {upload ? (
        <div data-testid="attachment-progress">
          <Typography.Text type="secondary">
            {upload.saving ? t.saving(upload.name) : t.reading(upload.name)}
            {upload.count > 1 ? ` (${upload.index + 1}/${upload.count})` : ''}
          </Typography.Text>
          <Progress percent={upload.percent} status="active" size="small" />
        </div>
      ) : null}
      {refused.map((problem) => (
        <Alert key={problem} type="error" showIcon title={problem} data-testid="attachment-refused" />
      ))}
    </Flex>
  );
}
