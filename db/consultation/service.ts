import type { Consultation } from '../../shared/consultation/schema';
import { requireCommunity } from '../decision/service';
import { prepare, type Sql } from '../open';
import { andWhere } from '../reception/sessions';
import { fromRow, type Stored } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { ftsQuery } from '../store/search';
import { consultationSpec, type ConsultationData } from './spec';

function withName(sql: Sql, c: Stored<ConsultationData>): Consultation {
  if (!c.communityId) return { ...c, communityName: null };
  const row = prepare(sql, 'SELECT name FROM community WHERE id = ?').get(c.communityId) as
    { name: string } | undefined;
  return { ...c, communityName: row?.name ?? '' };
}

/** The filters of the consultation list. */
export interface ConsultationQuery {
  search: string;
  matter: string | null;
  unpublished: boolean;
  from: string | null;
  to: string | null;
  offset: number;
  limit: number;
}

/** Lists consultations, the latest ended first; `unpublished` keeps those whose result is not yet public. */
export function listConsultations(sql: Sql, q: ConsultationQuery): { items: Consultation[]; total: number } {
  const [where, params] = andWhere([
    ['matter = ?', q.matter],
    ['ended_on >= ?', q.from],
    ['ended_on <= ?', q.to],
    ['rowid IN (SELECT rowid FROM consultation_fts WHERE consultation_fts MATCH ?)', ftsQuery(q.search)],
  ]);
  const unpublished = q.unpublished ? ' AND result_published_on IS NULL' : '';
  const rows = prepare(
    sql,
    `SELECT * FROM consultation WHERE deleted_at IS NULL${where}${unpublished} ORDER BY ended_on DESC, created_at DESC`,
  ).all(...params) as Record<string, unknown>[];
  const items = rows.map((r) => withName(sql, fromRow(consultationSpec, r)));
  return { items: items.slice(q.offset, q.offset + q.limit), total: items.length };
}

/** Records a consultation. */
export function createConsultation(sql: Sql, data: ConsultationData, writer: Writer, id?: string): Consultation {
  if (data.communityId) requireCommunity(sql, data.communityId);
  return withName(sql, insertRecord(sql, consultationSpec, data, writer, id));
}

/** Updates a consultation. */
export function updateConsultation(
  sql: Sql,
  id: string,
  version: number | null,
  data: ConsultationData,
  writer: Writer,
): Consultation {
  if (data.communityId) requireCommunity(sql, data.communityId);
  return withName(sql, updateRecord(sql, consultationSpec, id, version, data, writer));
}

/** Deletes a consultation (tombstone). */
export function deleteConsultation(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, consultationSpec, id, version, writer);
}

/** Reads one live consultation. */
export function getConsultation(sql: Sql, id: string): Consultation {
  return withName(sql, requireLive(sql, consultationSpec, id));
}
