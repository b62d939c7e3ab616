import { AppError } from '../../shared/contract/errors';
import type { DecisionOutcome } from '../../shared/decision/codes';
import { householdOutcome } from '../../shared/decision/outcome';
import type { CommunityDecision } from '../../shared/decision/schema';
import { communitySpec } from '../community/spec';
import { prepare, type Sql } from '../open';
import { andWhere } from '../reception/sessions';
import { fromRow, type Stored } from '../store/entity';
import { deleteRecord, getStored, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { ftsQuery } from '../store/search';
import { decisionSpec, type DecisionData } from './spec';

/** The derived outcome of stored counts (the one rule of shared/decision/outcome.ts). */
export function outcomeOf(d: DecisionData): DecisionOutcome {
  return householdOutcome({
    form: d.form,
    households: d.households,
    participating: d.householdsParticipating,
    approving: d.householdsApproving,
  }).outcome;
}

function withDerived(sql: Sql, d: Stored<DecisionData>): CommunityDecision {
  const name = prepare(sql, 'SELECT name FROM community WHERE id = ?').get(d.communityId) as
    { name: string } | undefined;
  return { ...d, communityName: name?.name ?? '', outcome: outcomeOf(d) };
}

/** The filters of the decision list. */
export interface DecisionQuery {
  search: string;
  communityId: string | null;
  matter: string | null;
  outcome: DecisionOutcome | null;
  from: string | null;
  to: string | null;
  offset: number;
  limit: number;
}

/** Lists decisions, the latest vote first, by words (diacritics ignored), thôn, matter, outcome and period. */
export function listDecisions(sql: Sql, q: DecisionQuery): { items: CommunityDecision[]; total: number } {
  const match = ftsQuery(q.search);
  const [where, params] = andWhere([
    ['community_id = ?', q.communityId],
    ['matter = ?', q.matter],
    ['held_on >= ?', q.from],
    ['held_on <= ?', q.to],
    ['rowid IN (SELECT rowid FROM community_decision_fts WHERE community_decision_fts MATCH ?)', match],
  ]);
  const rows = prepare(
    sql,
    `SELECT * FROM community_decision WHERE deleted_at IS NULL${where} ORDER BY held_on DESC, created_at DESC`,
  ).all(...params) as Record<string, unknown>[];
  const items = rows
    .map((r) => withDerived(sql, fromRow(decisionSpec, r)))
    .filter((d) => q.outcome === null || d.outcome === q.outcome);
  return { items: items.slice(q.offset, q.offset + q.limit), total: items.length };
}

/** Refuses a reference to a thôn / tổ dân phố that does not exist or was deleted. */
export function requireCommunity(sql: Sql, id: string): void {
  const c = getStored(sql, communitySpec, id);
  if (!c || c.deletedAt !== null) {
    throw new AppError('RULE_VIOLATION', '', [
      { field: 'communityId', message: 'Thôn / tổ dân phố này không có hoặc đã bị xóa.' },
    ]);
  }
}

/** Records a decision of a thôn / tổ dân phố. */
export function createDecision(sql: Sql, data: DecisionData, writer: Writer, id?: string): CommunityDecision {
  requireCommunity(sql, data.communityId);
  return withDerived(sql, insertRecord(sql, decisionSpec, data, writer, id));
}

/** Updates a decision. */
export function updateDecision(
  sql: Sql,
  id: string,
  version: number | null,
  data: DecisionData,
  writer: Writer,
): CommunityDecision {
  requireCommunity(sql, data.communityId);
  return withDerived(sql, updateRecord(sql, decisionSpec, id, version, data, writer));
}

/** Deletes a decision (tombstone). */
export function deleteDecision(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, decisionSpec, id, version, writer);
}

/** Reads one live decision. */
export function getDecision(sql: Sql, id: string): CommunityDecision {
  return withDerived(sql, requireLive(sql, decisionSpec, id));
}
