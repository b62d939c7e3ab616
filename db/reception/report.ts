import type { HolidayCalendar } from '../../shared/calendar/calendar';
import { CONTENTS, HOSTS, PETITION_HANDLINGS, SUPERVISION_BODIES } from '../../shared/reception/codes';
import { petitionDeadlines } from '../../shared/reception/deadlines';
import { addDays, clampDate, weekday } from '../../shared/util/dates';
import { holidayCalendar } from '../calendar/service';
import type { ReceptionSection } from '../../shared/report/schema';
import { rate } from '../../shared/util/format';
import { prepare, type Sql } from '../open';
import { fromRow } from '../store/entity';
import { petitionSpec } from './spec';

const zeros = <T extends string>(codes: readonly T[]) =>
  Object.fromEntries(codes.map((c) => [c, 0])) as Record<T, number>;

function groupCount(sql: Sql, text: string, ...params: unknown[]): Map<string, number> {
  const rows = prepare(sql, text).all(...params) as { k: string; n: number }[];
  return new Map(rows.map((r) => [r.k, r.n]));
}

function byCodes<T extends string>(codes: readonly T[], counts: Map<string, number>): Record<T, number> {
  const out = zeros(codes);
  for (const c of codes) out[c] = counts.get(c) ?? 0;
  return out;
}

/**
 * Citizen reception figures for [from, to] (reports.md § reception). Statuses are taken as of
 * `to`: a petition counts as resolved only when its resolvedOn is on or before `to`.
 */
export function receptionFigures(sql: Sql, from: string, to: string): ReceptionSection {
  const sessionsByHost = byCodes(
    HOSTS,
    groupCount(
      sql,
      'SELECT host AS k, count(*) AS n FROM reception_session WHERE deleted_at IS NULL AND held_on BETWEEN ? AND ? GROUP BY host',
      from,
      to,
    ),
  );
  const visitRows = prepare(
    sql,
    `SELECT host, content, count(*) AS n, sum(citizens) AS people, sum(is_group) AS groups
     FROM reception_visit WHERE deleted_at IS NULL AND received_on BETWEEN ? AND ? GROUP BY host, content`,
  ).all(from, to) as { host: string; content: string; n: number; people: number; groups: number }[];
  const visitsByHost = zeros(HOSTS);
  const citizensByHost = zeros(HOSTS);
  const visitsByContent = zeros(CONTENTS);
  let visits = 0;
  let citizens = 0;
  let groupVisits = 0;
  for (const r of visitRows) {
    visits += r.n;
    citizens += r.people;
    groupVisits += r.groups;
    if (r.host in visitsByHost) {
      visitsByHost[r.host as keyof typeof visitsByHost] += r.n;
      citizensByHost[r.host as keyof typeof citizensByHost] += r.people;
    }
    if (r.content in visitsByContent) visitsByContent[r.content as keyof typeof visitsByContent] += r.n;
  }
  return {
    sessions: Object.values(sessionsByHost).reduce((a, b) => a + b, 0),
    sessionsByHost,
    visits,
    citizens,
    groupVisits,
    visitsByHost,
    visitsByContent,
    ...petitionFigures(sql, from, to),
    citizensByHost,
    chairWeeks: chairWeeks(sql, from, to, holidayCalendar(sql)),
  };
}

/**
 * The weeks (Monday to Sunday) of [from, to] with at least one working day inside the period, and of
 * them those in which the Chủ tịch UBND held a reception session inside the period (Luật Tiếp công
 * dân 2013, Điều 15(2)). The walk is bounded by the 1945–2100 dates.
 */
export function chairWeeks(
  sql: Sql,
  from: string,
  to: string,
  calendar: HolidayCalendar,
): { weeks: number; held: number } {
  const start = clampDate(from);
  const end = clampDate(to);
  const sessions = new Set(
    (
      prepare(
        sql,
        "SELECT DISTINCT held_on AS d FROM reception_session WHERE deleted_at IS NULL AND host = 'chu_tich_ubnd' AND held_on BETWEEN ? AND ?",
      ).all(start, end) as { d: string }[]
    ).map((r) => r.d),
  );
  const mondayOf = (day: string) => addDays(day, -((weekday(day) + 6) % 7));
  const chaired = new Set([...sessions].map(mondayOf));
  let weeks = 0;
  let held = 0;
  let monday = mondayOf(start);
  for (let guard = 0; monday <= end && guard < 8200; guard++, monday = addDays(monday, 7)) {
    // Most weeks have a working day on their first day in the period: one look.
    let working = false;
    for (let i = 0; i < 7 && !working; i++) {
      const day = addDays(monday, i);
      if (day >= start && day <= end && calendar.isWorkingDay(day)) working = true;
    }
    if (!working) continue;
    weeks++;
    if (chaired.has(monday)) held++;
  }
  return { weeks, held };
}

type PetitionPart = Pick<
  ReceptionSection,
  | 'complaintsAndDenunciations'
  | 'inCompetence'
  | 'inCompetenceByContent'
  | 'resolved'
  | 'resolvedByContent'
  | 'resolvedRate'
  | 'proposals'
  | 'overdue'
  | 'petitionsByHandling'
  | 'complex'
  | 'missingAcceptedOn'
>;

function petitionFigures(sql: Sql, from: string, to: string): PetitionPart {
  const rows = prepare(sql, 'SELECT * FROM petition WHERE deleted_at IS NULL AND received_on BETWEEN ? AND ?').all(
    from,
    to,
  ) as Record<string, unknown>[];
  const out: PetitionPart = {
    complaintsAndDenunciations: 0,
    inCompetence: 0,
    inCompetenceByContent: { khieu_nai: 0, to_cao: 0 },
    resolved: 0,
    resolvedByContent: { khieu_nai: 0, to_cao: 0 },
    resolvedRate: null,
    proposals: 0,
    overdue: 0,
    petitionsByHandling: zeros(PETITION_HANDLINGS),
    complex: { received: 0, resolved: 0 },
    missingAcceptedOn: 0,
  };
  for (const row of rows) {
    const p = fromRow(petitionSpec, row);
    if (p.handling in out.petitionsByHandling) out.petitionsByHandling[p.handling]++;
    if (p.handling === 'thu_ly' && p.acceptedOn === null) out.missingAcceptedOn++;
    if (p.content === 'kien_nghi' || p.content === 'phan_anh') {
      out.proposals++;
      continue;
    }
    const content = p.content;
    out.complaintsAndDenunciations++;
    if (!p.inCompetence) continue;
    out.inCompetence++;
    out.inCompetenceByContent[content]++;
    const resolved =
      p.handling === 'thu_ly' && p.status === 'da_giai_quyet' && p.resolvedOn !== null && p.resolvedOn <= to;
    if (resolved) {
      out.resolved++;
      out.resolvedByContent[content]++;
    }
    if (p.complex || p.especiallyComplex) {
      out.complex.received++;
      if (resolved) out.complex.resolved++;
    }
  }
  out.resolvedRate = rate(out.resolved, out.inCompetence);
  out.overdue = overdueAt(sql, to);
  return out;
}

/**
 * Petitions overdue at `to`: accepted for handling (thụ lý), received on or before `to` (an old
 * petition still pending is overdue in every later period), not resolved or withdrawn by `to`,
 * whose legal deadline (domain.md §C.4) is before `to`. The deadline counts from acceptedOn as of
 * `to` (a thụ lý dated after `to` had not happened yet) or, without it, from the acceptance deadline
 * (reports.md v2).
 */
function overdueAt(sql: Sql, to: string): number {
  const rows = prepare(
    sql,
    `SELECT * FROM petition WHERE deleted_at IS NULL AND handling = 'thu_ly' AND received_on <= ?
       AND (resolved_on IS NULL OR resolved_on > ?)`,
  ).all(to, to) as Record<string, unknown>[];
  const calendar = holidayCalendar(sql);
  return rows.filter((row) => {
    const p = fromRow(petitionSpec, row);
    const acceptedOn = p.acceptedOn !== null && p.acceptedOn <= to ? p.acceptedOn : null;
    const due = petitionDeadlines({ ...p, acceptedOn }, calendar).resolve?.due;
    return due !== undefined && due < to;
  }).length;
}

/** Dialogue conferences held in [from, to]. */
export function dialogueFigures(sql: Sql, from: string, to: string): number {
  return (
    prepare(sql, 'SELECT count(*) AS n FROM dialogue WHERE deleted_at IS NULL AND held_on BETWEEN ? AND ?').get(
      from,
      to,
    ) as { n: number }
  ).n;
}

/** Supervisions held in [from, to], by body. */
export function supervisionFigures(
  sql: Sql,
  from: string,
  to: string,
): Record<(typeof SUPERVISION_BODIES)[number], number> {
  return byCodes(
    SUPERVISION_BODIES,
    groupCount(
      sql,
      'SELECT body AS k, count(*) AS n FROM supervision WHERE deleted_at IS NULL AND held_on BETWEEN ? AND ? GROUP BY body',
      from,
      to,
    ),
  );
}
