import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { ui } from '../i18n/ui';
import { showOnForm, type FormFailure } from './errors';
import { markSettled, whileSaving } from './formGuard';

/** Saving a form: a busy flag, the failure to show, and a runner that says "Đã lưu" on success. */
export interface FormSubmit {
  submitting: boolean;
  failure: FormFailure | null;
  /** Runs the save; on failure puts the server's issues on the fields and returns false. */
  run(save: () => Promise<void>, successText?: string | null): Promise<boolean>;
  clear(): void;
}

/** Shared save behaviour for every form (messages, field issues, busy state; a saved form is no longer dirty). */
export function useFormSubmit(form: FormInstance): FormSubmit {
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const run = useCallback(
    async (save: () => Promise<void>, successText: string | null = ui.common.saved) => {
      setSubmitting(true);
      setFailure(null);
      try {
        // The navigation a save makes (to the saved record) is not leaving unsaved work; the form
        // is settled (its draft removed) even when that navigation already closed it.
        await whileSaving(async () => {
          await save();
          markSettled(form);
        });
        if (successText) void message.success(successText);
        return true;
      } catch (e) {
        setFailure(showOnForm(form, e));
        return false;
      } finally {
        setSubmitting(false);
      }
    },
    [form, message],
  );
  const clear = useCallback(() => setFailure(null), []);
  return { submitting, failure, run, clear };
}
