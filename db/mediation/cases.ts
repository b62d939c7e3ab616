import { ruleError } from '../../shared/contract/errors';
import type { MediationCase } from '../../shared/mediation/schema';
import { foldText } from '../../shared/util/fold';
import { getCommunity } from '../community/service';
import { all, prepare, type Sql } from '../open';
import { fromRow, type Stored } from '../store/entity';
import { deleteRecord, getStored, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { ftsQuery, matchingRows } from '../store/search';
import { caseSpec, mediatorSpec, type CaseData } from './spec';
import { teamOfCommunity } from './teams';

type CaseRecord = Stored<CaseData>;

/** Filters and paging of the case list. */
export interface CaseQuery {
  search: string;
  communityId: string | null;
  status: CaseData['status'] | null;
  category: CaseData['category'] | null;
  from: string | null;
  to: string | null;
  sort: 'receivedOn_desc' | 'receivedOn_asc' | 'status' | 'community';
  offset: number;
  limit: number;
}

function caseQuery(sql: Sql, input: Omit<CaseQuery, 'offset' | 'limit' | 'sort'>) {
  let q = sql.qb
    .selectFrom('mediation_case as k')
    .innerJoin('community as c', 'c.id', 'k.community_id')
    .where('k.deleted_at', 'is', null);
  if (input.communityId) q = q.where('k.community_id', '=', input.communityId);
  if (input.status) q = q.where('k.status', '=', input.status);
  if (input.category) q = q.where('k.category', '=', input.category);
  if (input.from) q = q.where('k.received_on', '>=', input.from);
  if (input.to) q = q.where('k.received_on', '<=', input.to);
  const matching = matchingRows('mediation_case', 'k', input.search);
  return matching ? q.where(matching) : q;
}

/** Lists cases with search (diacritics ignored), filters, sorting and paging. */
export function listCases(sql: Sql, input: CaseQuery): { items: MediationCase[]; total: number } {
  const match = ftsQuery(input.search);
  const filtered = input.communityId || input.status || input.category || input.from || input.to;
  let total: number | undefined;
  if (match && !filtered) {
    total = searchTotal(sql, match);
    if (total === 0 || input.offset >= total) return { items: [], total };
    if (input.sort === 'receivedOn_desc' || input.sort === 'receivedOn_asc') {
      return { items: toCases(sql, searchPageByDate(sql, match, input, total)), total };
    }
  }
  const base = caseQuery(sql, input);
  if (total === undefined) {
    total = Number(
      all(
        sql,
        base.select((s) => s.fn.countAll<number>().as('n')),
      )[0]?.n ?? 0,
    );
  }
  let q = base.selectAll('k').select('c.name as community_name');
  if (input.sort === 'receivedOn_asc') q = q.orderBy('k.received_on', 'asc');
  else if (input.sort === 'status') q = q.orderBy('k.status').orderBy('k.received_on', 'desc');
  else if (input.sort === 'community') q = q.orderBy('c.name').orderBy('k.received_on', 'desc');
  else q = q.orderBy('k.received_on', 'desc');
  const rows = all(sql, q.orderBy('k.id', 'desc').limit(input.limit).offset(input.offset));
  return { items: toCases(sql, rows as unknown as Record<string, unknown>[]), total };
}

/**
 * The number of live cases matching a search without other filters, counted in the search index
 * alone: the index holds exactly the live cases (every write re-indexes its record in the same
 * transaction and a deleted case leaves the index, store/records.ts; records are never removed
 * physically), and a case always has its community (foreign key), so the join and the
 * `deleted_at` test of the general count drop nothing. The index-only count reads no case rows.
 */
function searchTotal(sql: Sql, match: string): number {
  return (
    prepare(sql, 'SELECT count(*) AS n FROM mediation_case_fts WHERE mediation_case_fts MATCH ?').get(match) as {
      n: number;
    }
  ).n;
}

const SEARCH_PAGE = (rowid: string, direction: 'ASC' | 'DESC') =>
  'SELECT k.*, c.name AS community_name FROM mediation_case AS k INNER JOIN community AS c ON c.id = k.community_id ' +
  `WHERE k.deleted_at IS NULL AND ${rowid} IN (SELECT rowid FROM mediation_case_fts WHERE mediation_case_fts MATCH ?) ` +
  `ORDER BY k.received_on ${direction}, k.id DESC LIMIT ? OFFSET ?`;

/**
 * One page of a search without other filters, sorted by date: the rows of the general query, read
 * the cheaper of two ways. A frequent match walks the received-date index in order and keeps the
 * rows in the matched set (sorting only cases received on the same day by id), stopping once the
 * page is full; a rare match looks its few rows up by rowid and sorts them. Which is cheaper
 * depends on how dense the matches are among all cases.
 */
function searchPageByDate(sql: Sql, match: string, input: CaseQuery, total: number): Record<string, unknown>[] {
  const cases = (prepare(sql, 'SELECT max(rowid) AS n FROM mediation_case').get() as { n: number | null }).n ?? 0;
  // The walk reads about (offset + limit) × cases / total index entries; the lookups cost one
  // rowid search per match, each some 20 index steps dearer.
  const walk = total * total * 20 > (input.offset + input.limit) * cases;
  const direction = input.sort === 'receivedOn_asc' ? 'ASC' : 'DESC';
  // "+k.rowid" keeps the planner from driving the query by rowid lookups; plain "k.rowid" lets it.
  return prepare(sql, SEARCH_PAGE(walk ? '+k.rowid' : 'k.rowid', direction)).all(
    match,
    input.limit,
    input.offset,
  ) as Record<string, unknown>[];
}

function toCases(sql: Sql, rows: Record<string, unknown>[]): MediationCase[] {
  const cases = rows.map((row) => fromRow(caseSpec, row));
  // Mediator names are only read when a listed case has mediators.
  const names = cases.some((c) => c.mediatorIds.length > 0) ? mediatorNames(sql) : new Map<string, string>();
  return cases.map((base, i) => toCase(base, rows[i]!, names));
}

function mediatorNames(sql: Sql): Map<string, string> {
  const rows = prepare(sql, 'SELECT id, name FROM mediator').all() as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

function toCase(base: CaseRecord, row: Record<string, unknown>, names: Map<string, string>): MediationCase {
  return {
    ...base,
    communityName: String(row.community_name),
    mediatorNames: base.mediatorIds.map((id) => names.get(id) ?? '(không rõ)'),
  } as MediationCase;
}

/** Reads one live case with names resolved. */
export function getCase(sql: Sql, id: string): MediationCase {
  const stored = requireLive(sql, caseSpec, id);
  const names = mediatorNames(sql);
  return {
    ...stored,
    communityName: getCommunity(sql, stored.communityId).name,
    mediatorNames: stored.mediatorIds.map((m) => names.get(m) ?? '(không rõ)'),
  } as MediationCase;
}

/**
 * Rules that need the database (domain.md §B.2–B.3): the community exists and has a team; every
 * assigned mediator belongs to that team, had not left before the case was received, and is not a
 * party to it (Điều 18: a mediator with an interest in the matter must not mediate it).
 */
export function checkCaseRules(sql: Sql, data: CaseData): void {
  getCommunity(sql, data.communityId);
  checkCaseMediators(sql, data);
}

/**
 * The rules of {@link checkCaseRules} after the community check, for a caller that has just read
 * the live community in the same transaction (the import resolves it by name for every line).
 */
export function checkCaseMediators(sql: Sql, data: CaseData): void {
  if (data.mediatorIds.length === 0) return;
  const team = teamOfCommunity(sql, data.communityId);
  if (!team)
    throw ruleError('mediatorIds', 'Thôn / tổ dân phố này chưa có tổ hòa giải nên chưa thể phân công hòa giải viên.');
  const partyNames = new Set(data.parties.map((p) => foldText(p.name)));
  for (const id of data.mediatorIds) {
    const m = getStored(sql, mediatorSpec, id);
    if (!m || m.deletedAt !== null || m.teamId !== team.id) {
      throw ruleError('mediatorIds', 'Hòa giải viên được phân công phải thuộc tổ hòa giải của thôn / tổ dân phố này.');
    }
    if (m.leftOn && m.leftOn <= data.receivedOn) {
      throw ruleError('mediatorIds', `Hòa giải viên ${m.name} đã thôi làm hòa giải viên trước ngày tiếp nhận vụ việc.`);
    }
    if (partyNames.has(foldText(m.name))) {
      throw ruleError(
        'mediatorIds',
        `Hòa giải viên ${m.name} là một bên trong vụ việc nên không được hòa giải vụ việc này (Điều 18 Luật Hòa giải ở cơ sở).`,
      );
    }
  }
}

/** Records a new case. */
export function createCase(sql: Sql, data: CaseData, writer: Writer, id?: string): MediationCase {
  checkCaseRules(sql, data);
  const created = insertRecord(sql, caseSpec, data, writer, id);
  return getCase(sql, created.id);
}

/** Updates a case (its status, closing, agreement…). */
export function updateCase(
  sql: Sql,
  id: string,
  version: number | null,
  data: CaseData,
  writer: Writer,
): MediationCase {
  checkCaseRules(sql, data);
  updateRecord(sql, caseSpec, id, version, data, writer);
  return getCase(sql, id);
}

/** Deletes a case (tombstone). */
export function deleteCase(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, caseSpec, id, version, writer);
}
