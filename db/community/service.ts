import { AppError, ruleError } from '../../shared/contract/errors';
import type { Community } from '../../shared/community/schema';
import { all, first, prepare, type Sql } from '../open';
import { fromRow } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { matchingRows } from '../store/search';
import { communitySpec, type CommunityData } from './spec';

/** Lists communities, optionally filtered by a diacritic-insensitive search. */
export function listCommunities(
  sql: Sql,
  input: { search: string; includeDeleted: boolean; offset: number; limit: number },
): { items: Community[]; total: number } {
  let q = sql.qb.selectFrom('community').selectAll();
  if (!input.includeDeleted) q = q.where('deleted_at', 'is', null);
  const matching = matchingRows('community', null, input.search);
  if (matching) q = q.where(matching);
  const rows = all(sql, q.orderBy('name'));
  const items = rows.map((r) => fromRow(communitySpec, r as unknown as Record<string, unknown>) as Community);
  return { items: items.slice(input.offset, input.offset + input.limit), total: items.length };
}

/** Finds a live community by its exact (NFC, trimmed) name: the interchange natural key. */
export function findCommunityByName(sql: Sql, name: string): Community | undefined {
  // A prepared statement, not a built query: imports look a community up for every line.
  const row = prepare(sql, 'SELECT * FROM community WHERE name = ? AND deleted_at IS NULL').get(name) as
    Record<string, unknown> | undefined;
  return row ? (fromRow(communitySpec, row) as Community) : undefined;
}

function assertNameFree(sql: Sql, name: string, exceptId: string | null): void {
  const other = findCommunityByName(sql, name);
  if (other && other.id !== exceptId) throw ruleError('name', `Đã có thôn / tổ dân phố tên "${name}".`);
}

/** Creates a community; names are unique within the commune. */
export function createCommunity(sql: Sql, fields: CommunityData, writer: Writer, id?: string): Community {
  assertNameFree(sql, fields.name, null);
  return insertRecord(sql, communitySpec, fields, writer, id) as Community;
}

/** Updates a community. */
export function updateCommunity(
  sql: Sql,
  id: string,
  version: number | null,
  fields: CommunityData,
  writer: Writer,
): Community {
  assertNameFree(sql, fields.name, id);
  return updateRecord(sql, communitySpec, id, version, fields, writer) as Community;
}

/** Deletes a community that no live team or case refers to. */
export function deleteCommunity(sql: Sql, id: string, version: number, writer: Writer): void {
  requireLive(sql, communitySpec, id);
  const used =
    first(
      sql,
      sql.qb.selectFrom('mediation_team').select('id').where('community_id', '=', id).where('deleted_at', 'is', null),
    ) ??
    first(
      sql,
      sql.qb.selectFrom('mediation_case').select('id').where('community_id', '=', id).where('deleted_at', 'is', null),
    );
  const convention = first(
    sql,
    sql.qb.selectFrom('convention').select('id').where('community_id', '=', id).where('deleted_at', 'is', null),
  );
  if (convention) {
    throw new AppError(
      'RULE_VIOLATION',
      'Không thể xóa thôn / tổ dân phố đang có hương ước, quy ước. Hãy xóa các bản ghi đó trước.',
    );
  }
  if (used) {
    throw new AppError(
      'RULE_VIOLATION',
      'Không thể xóa thôn / tổ dân phố đang có tổ hòa giải hoặc vụ việc. Hãy xóa các bản ghi đó trước.',
    );
  }
  // What its people decided or were asked (issue 11) names the thôn too.
  const decided =
    first(
      sql,
      sql.qb
        .selectFrom('community_decision')
        .select('id')
        .where('community_id', '=', id)
        .where('deleted_at', 'is', null),
    ) ??
    first(
      sql,
      sql.qb.selectFrom('consultation').select('id').where('community_id', '=', id).where('deleted_at', 'is', null),
    );
  if (decided) {
    throw new AppError(
      'RULE_VIOLATION',
      'Không thể xóa thôn / tổ dân phố đang có việc Nhân dân bàn và quyết định hoặc đợt lấy ý kiến. Hãy xóa các bản ghi đó trước.',
    );
  }
  deleteRecord(sql, communitySpec, id, version, writer);
}

/** Reads one live community. */
export function getCommunity(sql: Sql, id: string): Community {
  return requireLive(sql, communitySpec, id) as Community;
}
