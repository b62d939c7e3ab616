import type { Mediator } from '../../shared/mediation/schema';
import { all, type Sql } from '../open';
import { fromRow } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { matchingRows } from '../store/search';
import { mediatorSpec, teamSpec, type MediatorData } from './spec';

/** Lists live mediators, by team and search text. */
export function listMediators(
  sql: Sql,
  input: { search: string; teamId: string | null; includeLeft: boolean },
): Mediator[] {
  let q = sql.qb
    .selectFrom('mediator as m')
    .innerJoin('mediation_team as t', 't.id', 'm.team_id')
    .innerJoin('community as c', 'c.id', 't.community_id')
    .selectAll('m')
    .select('c.name as community_name')
    .where('m.deleted_at', 'is', null);
  if (input.teamId) q = q.where('m.team_id', '=', input.teamId);
  if (!input.includeLeft) q = q.where('m.left_on', 'is', null);
  const matching = matchingRows('mediator', 'm', input.search);
  if (matching) q = q.where(matching);
  const rows = all(sql, q.orderBy('c.name').orderBy('m.role', 'desc').orderBy('m.name'));
  return rows.map((row) => ({
    ...fromRow(mediatorSpec, row as unknown as Record<string, unknown>),
    communityName: (row as { community_name: string }).community_name,
  }));
}

/** Reads one live mediator with its community name. */
export function getMediator(sql: Sql, id: string): Mediator {
  const m = requireLive(sql, mediatorSpec, id);
  return listMediators(sql, { search: '', teamId: m.teamId, includeLeft: true }).find((x) => x.id === id)!;
}

/** Creates a mediator in a live team. */
export function createMediator(sql: Sql, fields: MediatorData, writer: Writer, id?: string): Mediator {
  requireLive(sql, teamSpec, fields.teamId);
  const created = insertRecord(sql, mediatorSpec, fields, writer, id);
  return getMediator(sql, created.id);
}

/** Updates a mediator. */
export function updateMediator(
  sql: Sql,
  id: string,
  version: number | null,
  fields: MediatorData,
  writer: Writer,
): Mediator {
  requireLive(sql, teamSpec, fields.teamId);
  updateRecord(sql, mediatorSpec, id, version, fields, writer);
  return getMediator(sql, id);
}

/** Deletes a mediator (tombstone). Cases keep the reference for their history. */
export function deleteMediator(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, mediatorSpec, id, version, writer);
}
