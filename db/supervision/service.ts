import type { SupervisionBody as BodyCode } from '../../shared/reception/codes';
import { isActiveOn } from '../../shared/supervision/codes';
import type { PeopleBoard, SupervisionBody } from '../../shared/supervision/schema';
import { todayIso } from '../../shared/util/dates';
import { prepare, type Sql } from '../open';
import { andWhere } from '../reception/sessions';
import { fromRow, type Stored } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { ftsQuery } from '../store/search';
import { bodySpec, type BodyData } from './spec';

function withActive(b: Stored<BodyData>, today: string): SupervisionBody {
  return { ...b, active: isActiveOn(b, today) };
}

/** The filters of the body list. */
export interface BodyQuery {
  search: string;
  body: BodyCode | null;
  activeOnly: boolean;
  offset: number;
  limit: number;
}

/** Lists the bodies, the latest established first. */
export function listBodies(
  sql: Sql,
  q: BodyQuery,
  today: string = todayIso(),
): { items: SupervisionBody[]; total: number } {
  const [where, params] = andWhere([
    ['body = ?', q.body],
    ['rowid IN (SELECT rowid FROM supervision_body_fts WHERE supervision_body_fts MATCH ?)', ftsQuery(q.search)],
  ]);
  const rows = prepare(
    sql,
    `SELECT * FROM supervision_body WHERE deleted_at IS NULL${where} ORDER BY established_on DESC, created_at DESC`,
  ).all(...params) as Record<string, unknown>[];
  const items = rows.map((r) => withActive(fromRow(bodySpec, r), today)).filter((b) => !q.activeOnly || b.active);
  return { items: items.slice(q.offset, q.offset + q.limit), total: items.length };
}

/** Records a body (its establishment decision and members). */
export function createBody(sql: Sql, data: BodyData, writer: Writer, id?: string): SupervisionBody {
  return withActive(insertRecord(sql, bodySpec, data, writer, id), todayIso());
}

/** Updates a body (members, dissolution…). */
export function updateBody(
  sql: Sql,
  id: string,
  version: number | null,
  data: BodyData,
  writer: Writer,
): SupervisionBody {
  return withActive(updateRecord(sql, bodySpec, id, version, data, writer), todayIso());
}

/** Deletes a body (tombstone). */
export function deleteBody(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, bodySpec, id, version, writer);
}

/** Reads one live body. */
export function getBody(sql: Sql, id: string): SupervisionBody {
  return withActive(requireLive(sql, bodySpec, id), todayIso());
}

const BOARD_ITEMS = 20;

/**
 * The home board of the people's pillars on `on` (today by default): whether a Ban TTND and a Ban
 * GSĐTCĐ are active, and the consultations and decisions whose result is not yet public.
 */
export function peopleBoard(sql: Sql, on: string = todayIso()): PeopleBoard {
  const active = (body: BodyCode) =>
    prepare(
      sql,
      `SELECT 1 FROM supervision_body WHERE deleted_at IS NULL AND body = ? AND established_on <= ?
         AND (dissolved_on IS NULL OR ? < dissolved_on) LIMIT 1`,
    ).get(body, on, on) !== undefined;
  return {
    banTtndActive: active('ban_ttnd'),
    banGsdtcdActive: active('ban_gsdtcd'),
    unpublishedConsultations: prepare(
      sql,
      `SELECT id, title, ended_on AS endedOn FROM consultation
        WHERE deleted_at IS NULL AND result_published_on IS NULL AND ended_on <= ? ORDER BY ended_on LIMIT ${BOARD_ITEMS}`,
    ).all(on) as PeopleBoard['unpublishedConsultations'],
    unpublishedDecisions: prepare(
      sql,
      `SELECT id, title, held_on AS heldOn FROM community_decision
        WHERE deleted_at IS NULL AND result_published_on IS NULL AND held_on <= ? ORDER BY held_on LIMIT ${BOARD_ITEMS}`,
    ).all(on) as PeopleBoard['unpublishedDecisions'],
  };
}
