import type { ReactNode } from 'react';

/** Quốc hiệu and Tiêu ngữ (ô 1): capitals 12pt bold, then 13pt bold with a drawn rule the length of the text. */
export function NationalMotto() {
  return (
    <>
      <div className="motto-title">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
      <div className="motto">
        <span className="under-full">Độc lập - Tự do - Hạnh phúc</span>
      </div>
    </>
  );
}

/** Props of {@link DocumentHeader}. */
export interface DocumentHeaderProps {
  /** Lines of the issuing body (ô 2), the last one gets the short rule: ["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG"]. */
  issuerLines: string[];
  /** Document symbol after "Số:" with the number left blank: "/BC-UBND". */
  symbol: string;
  /** "Tân Hưng, ngày 05 tháng 02 năm 2026" (ô 4). */
  placeDate: string;
}

/** The two-column head of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export function DocumentHeader({ issuerLines, symbol, placeDate }: DocumentHeaderProps) {
  const last = issuerLines.length - 1;
  return (
    <div className="doc-header">
      <div className="issuer">
        {issuerLines.map((line, i) => (
          <div key={i} className="issuer-line">
            {i === last ? <span className="under-short">{line}</span> : line}
          </div>
        ))}
        <div className="number">
          Số:
          <span className="blank" />
          {symbol}
        </div>
      </div>
      <div className="nation">
        <NationalMotto />
        <div className="date-line">{placeDate}</div>
      </div>
    </div>
  );
}

/** Props of {@link DocumentFooter}. */
export interface DocumentFooterProps {
  /** Formatted "Nơi nhận" entries ("- …;", the last "- Lưu: VT."). */
  recipients: string[];
  /** Lines above the name: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]. */
  signerLines: string[];
  signerName: string;
}

/** "Nơi nhận" (ô 9) on the left and the signature block (ô 7) on the right. */
export function DocumentFooter({ recipients, signerLines, signerName }: DocumentFooterProps) {
  return (
    <div className="doc-footer">
      <div className="recipients">
        <div className="label">Nơi nhận:</div>
        {recipients.map((r, i) => (
          <div key={i}>{r}</div>
        ))}
      </div>
      <div className="signer">
        {signerLines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
        <div className="sign-space" />
        <div>{signerName || <span className="hint">(Ký, ghi rõ họ tên, đóng dấu)</span>}</div>
      </div>
    </div>
  );
}

/**
 * The closing paragraph and the footer, kept on one page: the signature block never stands alone
 * on a page of its own, it takes the last lines of the text with it (issue 15).
 */
export function DocumentEnd({ closing, children }: { closing: string; children: ReactNode }) {
  return (
    <div className="doc-end" data-testid="doc-end">
      <p>{closing}</p>
      {children}
    </div>
  );
}

/** A bordered table with an optional "(Đơn vị tính: …)" note above it and column widths in percent. */
export function GridTable({
  unit,
  className,
  widths,
  children,
}: {
  unit?: string;
  className?: string;
  widths?: number[];
  children: ReactNode;
}) {
  return (
    <>
      {unit && <div className="unit-note">(Đơn vị tính: {unit})</div>}
      <table className={['grid', className].filter(Boolean).join(' ')}>
        {widths && (
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
        )}
        {children}
      </table>
    </>
  );
}
