import { sql as raw } from 'kysely';
import { ruleError } from '../../shared/contract/errors';
import type { MediationCase } from '../../shared/mediation/schema';
import { foldText } from '../../shared/util/fold';
import { getCommunity } from '../community/service';
import { all, type Sql } from '../open';
import { fromRow } from '../store/entity';
import { deleteRecord, getStored, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { ftsQuery } from '../store/search';
import { caseSpec, mediatorSpec, type CaseData } from './spec';
import { teamOfCommunity } from './teams';

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
  const match = ftsQuery(input.search);
  if (match) q = q.where(raw<boolean>`k.rowid IN (SELECT rowid FROM mediation_case_fts WHERE mediation_case_fts MATCH ${match})`);
  return q;
}

/** Lists cases with search (diacritics ignored), filters, sorting and paging. */
export function listCases(sql: Sql, input: CaseQuery): { items: MediationCase[]; total: number } {
  const base = caseQuery(sql, input);
  const total = Number(all(sql, base.select((s) => s.fn.countAll<number>().as('n')))[0]?.n ?? 0);
  let q = base.selectAll('k').select('c.name as community_name');
  if (input.sort === 'receivedOn_asc') q = q.orderBy('k.received_on', 'asc');
  else if (input.sort === 'status') q = q.orderBy('k.status').orderBy('k.received_on', 'desc');
  else if (input.sort === 'community') q = q.orderBy('c.name').orderBy('k.received_on', 'desc');
  else q = q.orderBy('k.received_on', 'desc');
  const rows = all(sql, q.orderBy('k.id', 'desc').limit(input.limit).offset(input.offset));
  const names = mediatorNames(sql);
  return {
    items: rows.map((row) => toCase(row as unknown as Record<string, unknown>, names)),
    total,
  };
}

function mediatorNames(sql: Sql): Map<string, string> {
  const rows = all(sql, sql.qb.selectFrom('mediator').select(['id', 'name']));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function toCase(row: Record<string, unknown>, names: Map<string, string>): MediationCase {
  const base = fromRow(caseSpec, row);
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
  if (data.mediatorIds.length === 0) return;
  const team = teamOfCommunity(sql, data.communityId);
  if (!team) throw ruleError('mediatorIds', 'Thôn / tổ dân phố này chưa có tổ hòa giải nên chưa thể phân công hòa giải viên.');
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
export function updateCase(sql: Sql, id: string, version: number | null, data: CaseData, writer: Writer): MediationCase {
  checkCaseRules(sql, data);
  updateRecord(sql, caseSpec, id, version, data, writer);
  return getCase(sql, id);
}

/** Deletes a case (tombstone). */
export function deleteCase(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, caseSpec, id, version, writer);
}
