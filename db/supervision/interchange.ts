import { lineOf } from '../../shared/record/define';
import { bodyRecord } from '../../shared/supervision/bodyRecord';
import { applyById, liveRecords, type KindInterchange } from '../interchange/upsert';
import { bodySpec } from './spec';

/** `supervision_body` lines, by id. */
export const bodyInterchange: KindInterchange = {
  definition: bodyRecord,
  apply: (sql, line, writer) => applyById(sql, bodyRecord, bodySpec, line, writer),
  lines: (sql, nameOf) =>
    liveRecords(sql, bodySpec, 'established_on, created_at').map((b) => lineOf(bodyRecord, b, nameOf)),
};
