import type { DeadlineItem, Petition, PetitionFields } from '../../shared/reception/schema';
import type { PetitionData } from './types';
import { maskIdentity } from '../../shared/reception/identity';
import { petitionRecord } from '../../shared/reception/petitionRecord';
import type { HolidayCalendar } from '../../shared/calendar/calendar';
import { deadlineState, petitionDeadlines } from '../../shared/reception/deadlines';
import { holidayCalendar } from '../calendar/service';
import { daysBetween, todayIso } from '../../shared/util/dates';
import { prepare, type Sql } from '../open';
import { fromRow, type Stored } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { ftsQuery } from '../store/search';
import { andWhere, type PeriodQuery } from './sessions';
import { petitionSpec } from './spec';

function toPetition(p: Stored<PetitionData>, masked: boolean, calendar: HolidayCalendar): Petition {
  const { accept, resolve, lateAcceptance } = petitionDeadlines(p, calendar);
  const out: Petition = { ...p, acceptDeadline: accept, resolveDeadline: resolve, lateAcceptance, masked };
  return masked ? maskIdentity(petitionRecord, out) : out;
}

/** Lists petitions, newest first, identities masked; the search ignores diacritics and never matches names. */
export function listPetitions(
  sql: Sql,
  q: PeriodQuery & { content: string | null; status: string | null },
): { items: Petition[]; total: number } {
  const [filters, args] = andWhere([
    ['received_on >= ?', q.from],
    ['received_on <= ?', q.to],
    ['content = ?', q.content],
    ['status = ?', q.status],
    ['rowid IN (SELECT rowid FROM petition_fts WHERE petition_fts MATCH ?)', ftsQuery(q.search)],
  ]);
  const where = `deleted_at IS NULL${filters}`;
  const total = (prepare(sql, `SELECT count(*) AS n FROM petition WHERE ${where}`).get(...args) as { n: number }).n;
  const rows = prepare(
    sql,
    `SELECT * FROM petition WHERE ${where} ORDER BY received_on DESC, id DESC LIMIT ? OFFSET ?`,
  ).all(...args, q.limit, q.offset) as Record<string, unknown>[];
  const calendar = holidayCalendar(sql);
  return { items: rows.map((r) => toPetition(fromRow(petitionSpec, r), true, calendar)), total };
}

/** Reads one live petition in full, with its deadlines. */
export function getPetition(sql: Sql, id: string): Petition {
  return toPetition(requireLive(sql, petitionSpec, id), false, holidayCalendar(sql));
}

/** Records a petition. */
export function createPetition(sql: Sql, data: PetitionFields, writer: Writer, id?: string): Petition {
  return getPetition(sql, insertRecord(sql, petitionSpec, data, writer, id).id);
}

/** Updates a petition (handling, resolution…). */
export function updatePetition(
  sql: Sql,
  id: string,
  version: number | null,
  data: PetitionFields,
  writer: Writer,
): Petition {
  // A change into a denunciation gives a new record (a new id): see updateRecord.
  return getPetition(sql, updateRecord(sql, petitionSpec, id, version, data, writer).id);
}

/** Deletes a petition (tombstone). */
export function deletePetition(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, petitionSpec, id, version, writer);
}

/**
 * The deadline board: petitions accepted for handling (thụ lý) and still being resolved whose
 * legal deadline — counted from the thụ lý, or from the acceptance deadline when its date is not
 * recorded — has passed or is near on `today`, most urgent first.
 */
export function deadlineBoard(sql: Sql, today: string = todayIso()): DeadlineItem[] {
  const rows = prepare(
    sql,
    "SELECT * FROM petition WHERE deleted_at IS NULL AND handling = 'thu_ly' AND status = 'dang_giai_quyet'",
  ).all() as Record<string, unknown>[];
  const items: DeadlineItem[] = [];
  const calendar = holidayCalendar(sql);
  for (const row of rows) {
    const p = fromRow(petitionSpec, row);
    const resolve = petitionDeadlines(p, calendar).resolve;
    if (!resolve) continue;
    const state = deadlineState(resolve.due, today);
    if (state === 'con_han') continue;
    items.push({
      petitionId: p.id,
      receivedOn: p.receivedOn,
      content: p.content,
      summary: p.summary,
      due: resolve.due,
      daysLeft: daysBetween(today, resolve.due),
      state,
      legalRef: resolve.legalRef,
      unconfirmed: resolve.unconfirmed,
      fromKind: resolve.fromKind,
    });
  }
  return items.sort((a, b) => a.due.localeCompare(b.due));
}
