import { Alert, Button, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { platform } from '../../src/platform';
import { navigate } from '../../src/router';
import { PRINT_CSS } from './printCss';
import { errorMessage, type Loaded } from './useCallValue';

/** Props of {@link PrintPage}. */
export interface PrintPageProps<T> {
  /** What the document is called on screen ("Báo cáo kết quả thực hiện dân chủ ở cơ sở"). */
  title: string;
  loaded: Loaded<T>;
  /** File name offered by "Lưu PDF". */
  pdfName: string;
  /** Where "Quay lại" goes when there is no history to go back to. */
  backTo: string;
  /** Extra rules for this document (e.g. the register's landscape page). */
  css?: string;
  children: (value: T) => ReactNode;
}

/**
 * The frame of every print view: the print styles, a small toolbar on screen (hidden on paper), and
 * `body[data-print-ready]` set once the data and the fonts are in, which the headless PDF exporter
 * waits for ("1", or "error" with the message in `[data-print-error]`).
 */
export function PrintPage<T>({ title, loaded, pdfName, backTo, css, children }: PrintPageProps<T>) {
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    const before = document.title;
    document.title = `${title} - Dân chủ cơ sở`;
    return () => {
      document.title = before;
    };
  }, [title]);

  useEffect(() => {
    if (loaded.status === 'loading') return;
    let live = true;
    const state = loaded.status === 'ok' ? '1' : 'error';
    void document.fonts.ready.then(() => {
      if (live) document.body.dataset.printReady = state;
    });
    return () => {
      live = false;
      delete document.body.dataset.printReady;
    };
  }, [loaded.status]);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setActionError(null);
    try {
      await action();
    } catch (e) {
      setActionError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const back = () => {
    if (window.history.length > 1) window.history.back();
    else navigate(backTo);
  };

  return (
    <div className="qcdc-print">
      <style>{PRINT_CSS + (css ?? '')}</style>
      <div className="print-toolbar" role="toolbar" aria-label="Thao tác với bản in">
        <Button onClick={back}>Quay lại</Button>
        <Button
          type="primary"
          disabled={loaded.status !== 'ok' || busy}
          onClick={() => void run(() => platform.print())}
        >
          In
        </Button>
        <Button
          disabled={loaded.status !== 'ok' || busy}
          onClick={() => void run(() => platform.printToPdf({ suggestedName: pdfName }))}
        >
          Lưu PDF
        </Button>
        <span className="hint">Khổ A4, lề theo Nghị định 30/2020/NĐ-CP</span>
      </div>
      {actionError && (
        <div className="print-message">
          <Alert type="error" showIcon title={actionError} />
        </div>
      )}
      {loaded.status === 'loading' && (
        <div className="print-message" style={{ textAlign: 'center' }}>
          <Spin /> Đang tải dữ liệu…
        </div>
      )}
      {loaded.status === 'error' && (
        <div className="print-message">
          <Alert
            type="error"
            showIcon
            title="Không lập được bản in"
            description={<span data-print-error>{loaded.message}</span>}
          />
        </div>
      )}
      {loaded.status === 'ok' && <div className="doc">{children(loaded.value)}</div>}
    </div>
  );
}
