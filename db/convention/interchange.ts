import { conventionRecord, type StatusEvent, type Vote } from '../../shared/convention/conventionRecord';
import type { ConventionStatus } from '../../shared/convention/codes';
import { lineOf, type ParsedLine } from '../../shared/record/define';
import { todayIso } from '../../shared/util/dates';
import { communityIdByName } from '../community/interchange';
import { currentOf, lineData, liveRecords, upsert, type KindInterchange } from '../interchange/upsert';
import type { Stored } from '../store/entity';
import { conventionSpec, type ConventionData } from './spec';

/** What a `convention` line says of the lifecycle (interchange.md). */
interface Lifecycle {
  status: ConventionStatus;
  adoptedOn: string | null;
  recognizedOn: string | null;
  decisionRef: string | null;
  statusOn: string | null;
  households: number | null;
  householdsPresent: number | null;
  householdsApproving: number | null;
  reviews: { on: string; outcome: ConventionData['reviews'][number]['outcome'] }[];
}

/** The vote a line's household figures describe: a meeting when it gives the households present, else a ballot. */
function lineVote(l: Lifecycle, on: string): Vote | null {
  if (l.households == null || l.householdsApproving == null) return null;
  return {
    method: l.householdsPresent != null ? 'hop' : 'phieu',
    on,
    households: l.households,
    present: l.householdsPresent ?? l.householdsApproving,
    approving: l.householdsApproving,
  };
}

function statusEvents(l: Lifecycle, statusOn: string): StatusEvent[] {
  const ev = (status: StatusEvent['status'], on: string, decisionRef: string | null = null): StatusEvent => ({
    status,
    on,
    decisionRef,
    deadline: null,
    note: null,
  });
  const events: StatusEvent[] = [];
  if (l.adoptedOn && l.status !== 'soan_thao' && l.status !== 'lay_y_kien')
    events.push(ev('da_thong_qua', l.adoptedOn));
  if (l.recognizedOn && l.status !== 'da_thong_qua') events.push(ev('da_cong_nhan', l.recognizedOn, l.decisionRef));
  const last = events[events.length - 1];
  if (!last || last.status !== l.status) events.push(ev(l.status, statusOn));
  return events;
}

function sameVote(a: Vote | null, b: Vote | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.households === b.households && a.approving === b.approving && (a.method === 'phieu') === (b.method === 'phieu')
  );
}

/**
 * The stored fields of a `convention` line. The status history is rebuilt from the line's dates
 * (adoption, recognition, the current status and its date); when they match the stored record, its
 * fuller history (every vote and step recorded in the app) is kept, so re-importing an export
 * changes nothing.
 */
function conventionData(line: ParsedLine, current: Stored<ConventionData> | undefined, communityId: string) {
  const l = line.fields as unknown as Lifecycle;
  const statusOn = l.statusOn ?? l.recognizedOn ?? l.adoptedOn ?? todayIso();
  const vote = lineVote(l, l.adoptedOn ?? statusOn);
  const same =
    current &&
    current.status === l.status &&
    current.statusOn === statusOn &&
    current.adoptedOn === l.adoptedOn &&
    current.recognizedOn === l.recognizedOn &&
    sameVote(current.votes[current.votes.length - 1] ?? null, vote);
  const data = lineData<ConventionData>(conventionRecord, line, current);
  return {
    ...data,
    communityId,
    versionNo: current?.versionNo ?? 1,
    votes: same ? current.votes : vote ? [vote] : [],
    effectiveOn: same ? current.effectiveOn : l.recognizedOn,
    statusOn,
    statusLog: same ? current.statusLog : statusEvents(l, statusOn),
    reviews: l.reviews.map((r) => {
      const kept = current?.reviews.find((c) => c.on === r.on && c.outcome === r.outcome);
      return { on: r.on, outcome: r.outcome, note: kept?.note ?? null };
    }),
  };
}

/** `convention` lines: the lifecycle's outcome, the household figures of the last vote. */
export const conventionInterchange: KindInterchange = {
  definition: conventionRecord,
  apply(sql, line, writer, session) {
    const current = currentOf(sql, conventionSpec, line);
    const communityId = communityIdByName(sql, line.fields.communityId as string, session);
    return upsert(sql, conventionSpec, line.id, undefined, conventionData(line, current, communityId), writer);
  },
  lines: (sql, nameOf) =>
    liveRecords(sql, conventionSpec, 'created_at, version_no').map((c) => {
      const vote = c.votes[c.votes.length - 1];
      return lineOf(
        conventionRecord,
        {
          ...c,
          households: vote?.households ?? null,
          householdsPresent: vote && vote.method === 'hop' ? vote.present : null,
          householdsApproving: vote?.approving ?? null,
          reviews: c.reviews.map((r) => ({ on: r.on, outcome: r.outcome })),
        },
        nameOf,
      );
    }),
};
