import { disclosureRecord } from '../../shared/disclosure/disclosureRecord';
import { lineOf } from '../../shared/record/define';
import { applyById, liveRecords, type KindInterchange } from '../interchange/upsert';
import { disclosureSpec } from './spec';

/**
 * `disclosure` lines, by id. Fields the format does not carry (official, notes, attachments, "no
 * radio system") keep their stored values on an update.
 */
export const disclosureInterchange: KindInterchange = {
  definition: disclosureRecord,
  apply: (sql, line, writer) => applyById(sql, disclosureRecord, disclosureSpec, line, writer),
  lines: (sql, nameOf) =>
    liveRecords(sql, disclosureSpec, 'published_on, created_at').map((d) => lineOf(disclosureRecord, d, nameOf)),
};
