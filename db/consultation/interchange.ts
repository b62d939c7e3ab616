import { consultationRecord } from '../../shared/consultation/consultationRecord';
import { lineOf } from '../../shared/record/define';
import { communityIdByName } from '../community/interchange';
import { applyById, liveRecords, type KindInterchange } from '../interchange/upsert';
import { consultationSpec, type ConsultationData } from './spec';

/** `consultation` lines, by id; the thôn, when one is named (absent: the whole commune). */
export const consultationInterchange: KindInterchange = {
  definition: consultationRecord,
  apply: (sql, line, writer, session) =>
    applyById<ConsultationData>(sql, consultationRecord, consultationSpec, line, writer, (data) => {
      const community = line.fields.communityId as string | null | undefined;
      return { ...data, communityId: community ? communityIdByName(sql, community, session) : null };
    }),
  lines: (sql, nameOf) =>
    liveRecords(sql, consultationSpec, 'ended_on, created_at').map((c) => lineOf(consultationRecord, c, nameOf)),
};
