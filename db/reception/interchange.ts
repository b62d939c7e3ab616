import { lineOf } from '../../shared/record/define';
import { dialogueRecord } from '../../shared/reception/dialogueRecord';
import { petitionRecord } from '../../shared/reception/petitionRecord';
import { sessionRecord } from '../../shared/reception/sessionRecord';
import { supervisionRecord } from '../../shared/reception/supervisionRecord';
import { visitRecord } from '../../shared/reception/visitRecord';
import { applyById, liveRecords, type KindInterchange } from '../interchange/upsert';
import { dialogueSpec, petitionSpec, sessionSpec, supervisionSpec, visitSpec } from './spec';
import type { VisitData } from './types';

/** `reception_session` lines, by id. */
export const sessionInterchange: KindInterchange = {
  definition: sessionRecord,
  apply: (sql, line, writer) => applyById(sql, sessionRecord, sessionSpec, line, writer),
  lines: (sql, nameOf) =>
    liveRecords(sql, sessionSpec, 'held_on, created_at').map((s) => lineOf(sessionRecord, s, nameOf)),
};

/**
 * `reception_visit` lines, by id. The identity rules already ran on the line: a denunciation
 * arrives here without any identity, and the table's CHECK would refuse one anyway.
 */
export const visitInterchange: KindInterchange = {
  definition: visitRecord,
  apply: (sql, line, writer) =>
    applyById<VisitData>(sql, visitRecord, visitSpec, line, writer, (data) =>
      // A group's representatives are an identity too: never kept for a denunciation.
      data.content === 'to_cao' ? { ...data, representatives: null } : data,
    ),
  lines: (sql, nameOf) =>
    liveRecords(sql, visitSpec, 'received_on, created_at').map((v) => lineOf(visitRecord, v, nameOf)),
};

/** `petition` lines, by id; a denunciation has no identity to export. */
export const petitionInterchange: KindInterchange = {
  definition: petitionRecord,
  apply: (sql, line, writer) => applyById(sql, petitionRecord, petitionSpec, line, writer),
  lines: (sql, nameOf) =>
    liveRecords(sql, petitionSpec, 'received_on, created_at').map((p) => lineOf(petitionRecord, p, nameOf)),
};

/** `dialogue` lines, by id. */
export const dialogueInterchange: KindInterchange = {
  definition: dialogueRecord,
  apply: (sql, line, writer) => applyById(sql, dialogueRecord, dialogueSpec, line, writer),
  lines: (sql, nameOf) =>
    liveRecords(sql, dialogueSpec, 'held_on, created_at').map((d) => lineOf(dialogueRecord, d, nameOf)),
};

/** `supervision` lines, by id. */
export const supervisionInterchange: KindInterchange = {
  definition: supervisionRecord,
  apply: (sql, line, writer) => applyById(sql, supervisionRecord, supervisionSpec, line, writer),
  lines: (sql, nameOf) =>
    liveRecords(sql, supervisionSpec, 'held_on, created_at').map((s) => lineOf(supervisionRecord, s, nameOf)),
};
