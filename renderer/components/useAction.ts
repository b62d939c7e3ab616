import { useState } from 'react';
import { errorText } from './errors';

/** One action of a dialog: busy while it runs, its failure in Vietnamese, cleared on the next run. */
export interface Action {
  busy: boolean;
  error: string | null;
  setError(error: string | null): void;
  /** Runs `work`; a thrown failure becomes `error` (in Vietnamese), never an unhandled rejection. */
  run(work: () => Promise<void>): Promise<void>;
}

/** The busy flag and failure message of a dialog's action that is not a form submit. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
