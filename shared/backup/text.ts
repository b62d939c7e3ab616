import { formatNumber } from '../util/format';
import type { BackupPreview, BackupTrust } from './schema';

// The words of a backup's preview, shared by the command line and the screens so both say the same.

/** `05/02/2026 14:30` (local time) from epoch milliseconds. */
export function formatStamp(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** How the backup's origin was checked, in a sentence. */
export const TRUST_TEXT: Record<BackupTrust, string> = {
  'installation-key': 'chữ ký khớp với khóa của cài đặt này',
  'backup-keys': 'chữ ký khớp với khóa của cài đặt đi kèm bản sao lưu (mở bằng mật khẩu)',
  fingerprint: 'chữ ký khớp với dấu vân tay đã nhập từ phiếu khôi phục',
  unsigned: 'KHÔNG kiểm chứng được (bản sao lưu cũ, không có chữ ký)',
};

const ROLE = { commune: 'xã', office: 'cơ quan nhận báo cáo' } as const;

/** The preview as lines for people (the CLI prints them; the screen shows the same facts). */
export function previewLines(p: BackupPreview): string[] {
  const records = p.records.filter((r) => r.count > 0).map((r) => `${formatNumber(r.count)} ${r.label}`);
  return [
    `Bản sao lưu của: ${p.name} (${ROLE[p.role]}, mã ${p.code})${p.fingerprint ? `, dấu vân tay ${p.fingerprint}` : ''}.`,
    `Tạo lúc: ${p.createdAt === null ? 'không rõ' : formatStamp(p.createdAt)}; thay đổi cuối: ${
      p.lastChangeAt === null ? 'chưa có' : formatStamp(p.lastChangeAt)
    } (${formatNumber(p.changes)} mục nhật ký thay đổi).`,
    `Hồ sơ: ${records.length ? records.join(', ') : 'chưa có hồ sơ nào'}; ${formatNumber(p.attachments)} tệp đính kèm${
      p.replicas ? `; dữ liệu của ${formatNumber(p.replicas)} xã` : ''
    }.`,
    `Nguồn gốc: ${TRUST_TEXT[p.trust]}.`,
    ...p.warnings.map((w) => `Lưu ý: ${w}`),
  ];
}
