import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import type { OfficeCommune } from '../../../shared/sync/schema';
import { formatNumber } from '../../../shared/util/format';
import { call } from '../../src/api';
import { completenessNotes } from './completeness';
import { SYNC_TEXT as T } from './text';

/** At most this many communes are named; the rest are counted (the communes page lists them all). */
const SHOWN = 10;

/**
 * The office's warning that some communes' data may be incomplete or contradicted (see
 * completenessNotes), on the communes page and above the compiled report. Shows nothing when all is
 * well, or when the account may not see the communes' sync state. `communes`: rows already loaded.
 */
export function CompletenessAlert({ intro, communes }: { intro: string; communes?: readonly OfficeCommune[] }) {
  const [fetched, setFetched] = useState<readonly OfficeCommune[]>([]);
  useEffect(() => {
    if (communes) return;
    let live = true;
    call('sync.officeCommunes', {}).then(
      (rows) => live && setFetched(rows),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [communes]);
  const notes = completenessNotes(communes ?? fetched);
  if (notes.length === 0) return null;
  const more = notes.length - SHOWN;
  return (
    <Alert
      type={notes.some((n) => n.forked) ? 'error' : 'warning'}
      showIcon
      data-testid="completeness-alert"
      title={intro}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {notes.slice(0, SHOWN).map((n) => (
            <li key={n.code}>
              <strong>{n.name}</strong>: {n.problems.join(' ')}
            </li>
          ))}
          {more > 0 && <li>{T.noteMore(formatNumber(more))}</li>}
        </ul>
      }
    />
  );
}
