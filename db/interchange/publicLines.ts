import type { ParsedLine } from '../../shared/interchange/schema';
import type { StatusEvent, Vote } from '../../shared/convention/schema';
import { todayIso } from '../../shared/util/dates';
import { conventionSpec, type ConventionData } from '../convention/spec';
import { disclosureSpec, type DisclosureData } from '../disclosure/spec';
import { fromRow, type Stored } from '../store/entity';
import { getStored } from '../store/records';
import type { Sql } from '../open';

type DisclosureLine = Extract<ParsedLine, { kind: 'disclosure' }>;
type ConventionLine = Extract<ParsedLine, { kind: 'convention' }>;

/**
 * The stored fields of a `disclosure` line. Fields the format does not carry (official, notes,
 * attachments, "no radio system") keep their stored values on an update.
 */
export function disclosureData(sql: Sql, l: DisclosureLine): DisclosureData {
  const current = l.id ? getStored(sql, disclosureSpec, l.id) : undefined;
  return {
    catalog: l.catalog,
    item: l.item,
    title: l.title,
    documentRef: l.documentRef,
    documentDate: l.documentDate,
    forms: l.forms,
    publishedOn: l.publishedOn,
    postedFrom: l.postedFrom,
    postedTo: l.postedTo,
    place: l.place,
    broadcastDays: l.broadcastDays ?? null,
    noRadioSystem: current?.noRadioSystem ?? false,
    official: current?.official ?? null,
    note: current?.note ?? null,
    attachments: current?.attachments ?? [],
  };
}

/** The vote a line's household figures describe: a meeting when it gives the households present, else a ballot. */
function lineVote(l: ConventionLine, on: string): Vote | null {
  if (l.households == null || l.householdsApproving == null) return null;
  return {
    method: l.householdsPresent != null ? 'hop' : 'phieu',
    on,
    households: l.households,
    present: l.householdsPresent ?? l.householdsApproving,
    approving: l.householdsApproving,
  };
}

function statusEvents(l: ConventionLine, statusOn: string): StatusEvent[] {
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

/**
 * The stored fields of a `convention` line. The status history is rebuilt from the line's dates
 * (adoption, recognition, the current status and its date); when they match the stored record, its
 * fuller history (every vote and step recorded in the app) is kept, so re-importing an export
 * changes nothing.
 */
export function conventionData(sql: Sql, l: ConventionLine, communityId: string): ConventionData {
  const current: Stored<ConventionData> | undefined = l.id ? getStored(sql, conventionSpec, l.id) : undefined;
  const statusOn = l.statusOn ?? l.recognizedOn ?? l.adoptedOn ?? todayIso();
  const vote = lineVote(l, l.adoptedOn ?? statusOn);
  const same =
    current &&
    current.status === l.status &&
    current.statusOn === statusOn &&
    current.adoptedOn === l.adoptedOn &&
    current.recognizedOn === l.recognizedOn &&
    sameVote(current.votes[current.votes.length - 1] ?? null, vote);
  return {
    communityId,
    type: l.type,
    title: l.title,
    versionNo: current?.versionNo ?? 1,
    supersedesId: current?.supersedesId ?? null,
    content: current?.content ?? null,
    draftingTeam: current?.draftingTeam ?? null,
    signatories: current?.signatories ?? null,
    officer: current?.officer ?? null,
    note: current?.note ?? null,
    attachments: current?.attachments ?? [],
    consultationFrom: current?.consultationFrom ?? null,
    consultationTo: current?.consultationTo ?? null,
    consultationPlace: current?.consultationPlace ?? null,
    consultationResult: current?.consultationResult ?? null,
    votes: same ? current.votes : vote ? [vote] : [],
    adoptedOn: l.adoptedOn,
    submittedOn: current?.submittedOn ?? null,
    recognizedOn: l.recognizedOn,
    decisionRef: l.decisionRef,
    effectiveOn: same ? current.effectiveOn : l.recognizedOn,
    status: l.status,
    statusOn,
    statusLog: same ? current.statusLog : statusEvents(l, statusOn),
    reviews: l.reviews.map((r) => {
      const kept = current?.reviews.find((c) => c.on === r.on && c.outcome === r.outcome);
      return { on: r.on, outcome: r.outcome, note: kept?.note ?? null };
    }),
  };
}

function sameVote(a: Vote | null, b: Vote | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.households === b.households && a.approving === b.approving && (a.method === 'phieu') === (b.method === 'phieu')
  );
}

/** A `disclosure` export line. */
export function disclosureExportLine(row: Record<string, unknown>): Record<string, unknown> {
  const d = fromRow(disclosureSpec, row);
  return {
    kind: 'disclosure',
    id: d.id,
    catalog: d.catalog,
    item: d.item,
    title: d.title,
    publishedOn: d.publishedOn,
    documentRef: d.documentRef,
    documentDate: d.documentDate,
    forms: d.forms,
    postedFrom: d.postedFrom,
    postedTo: d.postedTo,
    place: d.place,
    broadcastDays: d.broadcastDays,
  };
}

/** A `convention` export line (the last vote gives the household figures). */
export function conventionExportLine(row: Record<string, unknown>, community: string): Record<string, unknown> {
  const c = fromRow(conventionSpec, row);
  const vote = c.votes[c.votes.length - 1];
  return {
    kind: 'convention',
    id: c.id,
    community,
    type: c.type,
    title: c.title,
    status: c.status,
    adoptedOn: c.adoptedOn,
    recognizedOn: c.recognizedOn,
    decisionRef: c.decisionRef,
    households: vote?.households ?? null,
    householdsPresent: vote && vote.method === 'hop' ? vote.present : null,
    householdsApproving: vote?.approving ?? null,
    statusOn: c.statusOn,
    reviews: c.reviews.map((r) => ({ on: r.on, outcome: r.outcome })),
  };
}
