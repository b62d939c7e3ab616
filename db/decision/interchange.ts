import { lineOf } from '../../shared/record/define';
import { decisionRecord } from '../../shared/decision/decisionRecord';
import { communityIdByName } from '../community/interchange';
import { applyById, liveRecords, type KindInterchange } from '../interchange/upsert';
import { decisionSpec, type DecisionData } from './spec';

/** `community_decision` lines, by id; the thôn is named in the line. */
export const decisionInterchange: KindInterchange = {
  definition: decisionRecord,
  apply: (sql, line, writer, session) =>
    applyById<DecisionData>(sql, decisionRecord, decisionSpec, line, writer, (data) => ({
      ...data,
      communityId: communityIdByName(sql, line.fields.communityId as string, session),
    })),
  lines: (sql, nameOf) =>
    liveRecords(sql, decisionSpec, 'held_on, created_at').map((d) => lineOf(decisionRecord, d, nameOf)),
};
