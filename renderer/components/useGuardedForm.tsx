import { Alert, App, Button } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useAccess } from '../features/access/accessContext';
import { isDirty, markRestored, markSettled, markTouched, onFlush, onSettled, trackForm } from './formGuard';
import { formatTimestamp } from './timestamp';
import { unsavedUi } from '../i18n/unsaved';

/** A draft kept on this computer: the form's values and when they were written. */
interface Draft {
  at: number;
  values: Record<string, unknown>;
}

const DRAFT_PREFIX = 'qcdc.draft.';
/** A draft older than this is dropped rather than offered: its record has most likely moved on. */
const DRAFT_DAYS = 30;
const WRITE_DELAY_MS = 400;

function readDraft(key: string): Draft | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (typeof draft.at !== 'number' || typeof draft.values !== 'object' || draft.values === null) return null;
    if (Date.now() - draft.at > DRAFT_DAYS * 86_400_000) {
      localStorage.removeItem(key);
      return null;
    }
    return { at: draft.at, values: draft.values };
  } catch {
    return null;
  }
}

function writeDraft(key: string, values: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify({ at: Date.now(), values }));
  } catch {
    // A full or disabled storage only loses the crash copy; the form itself is untouched.
  }
}

/** What a guarded form gives its dialog or page: change tracking, the draft notice, a guarded close. */
export interface GuardedForm {
  /** For the form's `onValuesChange`: the clerk changed something. */
  onValuesChange(): void;
  /** "Đã khôi phục bản nháp chưa lưu" with "Bỏ bản nháp", while a restored draft is shown. */
  notice: ReactNode;
  /** Closes at once when nothing would be lost, else asks first (click outside, Esc, Hủy, the X). */
  close(onClose: () => void): void;
}

/**
 * Guards a form against silent loss (issue 15): the app-wide guard sees its changes, `close` asks
 * before dropping them, and with a `draftKey` ("case:new", "petition:ID") the values are kept in
 * this computer's storage as the clerk types (per account), offered again after a reload or a crash
 * of the window, and removed once saved or discarded.
 */
export function useGuardedForm(form: FormInstance, draftKey?: string): GuardedForm {
  const { modal } = App.useApp();
  const account = useAccess().status?.session?.accountId ?? 'chung';
  const storageKey = draftKey ? `${DRAFT_PREFIX}${account}.${draftKey}` : null;
  // Read once, when the form opens: the draft is put into the form by the effect below.
  const [draft] = useState(() => (storageKey ? readDraft(storageKey) : null));
  const [restoredAt, setRestoredAt] = useState<number | null>(draft?.at ?? null);
  const timer = useRef<number | undefined>(undefined);
  const asking = useRef(false);

  const write = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (!storageKey) return;
    if (isDirty(form)) writeDraft(storageKey, form.getFieldsValue(true));
    else localStorage.removeItem(storageKey);
  }, [form, storageKey]);

  useEffect(() => {
    const untrack = trackForm(form);
    if (draft && storageKey && readDraft(storageKey)) {
      form.setFieldsValue(draft.values);
      markRestored(form);
    }
    onSettled(form, () => {
      window.clearTimeout(timer.current);
      timer.current = undefined;
      if (storageKey) localStorage.removeItem(storageKey);
      setRestoredAt(null);
    });
    onFlush(form, write);
    return () => {
      // A pending write is made now: closing the window may be what unmounts the form.
      if (timer.current !== undefined) write();
      untrack();
    };
  }, [form, storageKey, write, draft]);

  const onValuesChange = useCallback(() => {
    markTouched(form);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(write, WRITE_DELAY_MS);
  }, [form, write]);

  const close = useCallback(
    (onClose: () => void) => {
      if (!isDirty(form)) return onClose();
      if (asking.current) return;
      asking.current = true;
      modal.confirm({
        title: unsavedUi.closeTitle,
        content: unsavedUi.closeText,
        okText: unsavedUi.discard,
        cancelText: unsavedUi.keepEditing,
        okButtonProps: { danger: true, 'data-testid': 'discard-changes' },
        cancelButtonProps: { 'data-testid': 'keep-editing' },
        autoFocusButton: 'cancel',
        onOk: () => {
          asking.current = false;
          markSettled(form);
          onClose();
        },
        onCancel: () => {
          asking.current = false;
        },
      });
    },
    [form, modal],
  );

  const discardDraft = () => {
    form.resetFields();
    markSettled(form);
  };

  const notice = restoredAt ? (
    <Alert
      type="info"
      showIcon
      data-testid="draft-restored"
      style={{ marginBottom: 16 }}
      title={unsavedUi.restored}
      description={unsavedUi.restoredAt(formatTimestamp(restoredAt))}
      action={
        <Button size="small" onClick={discardDraft} data-testid="discard-draft">
          {unsavedUi.discardDraft}
        </Button>
      }
    />
  ) : null;

  return { onValuesChange, notice, close };
}
