import type { ParsedLine } from '../../shared/interchange/schema';
import type { Sql } from '../open';
import { dialogueSpec, petitionSpec, sessionSpec, supervisionSpec, visitSpec } from '../reception/spec';
import type { EntitySpec } from '../store/entity';
import { getStored, type Writer } from '../store/records';
import { upsert, type Outcome } from './apply';

/** The lines of the citizen reception kinds. */
export type ReceptionLine = Extract<
  ParsedLine,
  { kind: 'reception_session' | 'reception_visit' | 'petition' | 'dialogue' | 'supervision' }
>;

const RECEPTION_KINDS: readonly string[] = [
  'reception_session',
  'reception_visit',
  'petition',
  'dialogue',
  'supervision',
];

/** True for a line of a citizen reception kind. */
export function isReceptionLine(line: ParsedLine): line is ReceptionLine {
  return RECEPTION_KINDS.includes(line.kind);
}

/** The stored fields the interchange format does not carry, kept from the record a line updates. */
function kept<F extends object, K extends keyof F>(
  sql: Sql,
  spec: EntitySpec<F>,
  id: string | undefined,
  keys: readonly K[],
): Pick<F, K> {
  const current = id ? getStored(sql, spec, id) : undefined;
  return Object.fromEntries(keys.map((k) => [k, current?.[k] ?? null])) as Pick<F, K>;
}

/**
 * Writes one reception line by id (interchange.md). The identity rules already ran on the line: a
 * denunciation arrives here without any identity, and the table's CHECK would refuse one anyway.
 */
export function applyReceptionLine(sql: Sql, l: ReceptionLine, writer: Writer): Outcome {
  switch (l.kind) {
    case 'reception_session':
      return upsert(
        sql,
        sessionSpec,
        l.id,
        undefined,
        {
          heldOn: l.heldOn,
          host: l.host,
          type: l.type,
          ...kept(sql, sessionSpec, l.id, ['hostName', 'place', 'note']),
        },
        writer,
      );
    case 'reception_visit':
      return upsert(
        sql,
        visitSpec,
        l.id,
        undefined,
        {
          ...l.fields,
          ...kept(sql, visitSpec, l.id, ['representatives', 'resolvedBy', 'forwardedTo', 'followUp', 'note']),
          // A group's representatives are an identity too: never kept for a denunciation.
          ...(l.fields.content === 'to_cao' ? { representatives: null } : {}),
        },
        writer,
      );
    case 'petition':
      return upsert(
        sql,
        petitionSpec,
        l.id,
        undefined,
        { ...l.fields, ...kept(sql, petitionSpec, l.id, ['forwardedTo', 'resolution', 'note']) },
        writer,
      );
    case 'dialogue':
      return upsert(
        sql,
        dialogueSpec,
        l.id,
        undefined,
        {
          heldOn: l.heldOn,
          topic: l.topic ?? '(không ghi)',
          participants: l.participants ?? null,
          ...kept(sql, dialogueSpec, l.id, ['chairedBy', 'note']),
        },
        writer,
      );
    case 'supervision':
      return upsert(
        sql,
        supervisionSpec,
        l.id,
        undefined,
        {
          body: l.body,
          heldOn: l.heldOn,
          subject: l.subject ?? '(không ghi)',
          ...kept(sql, supervisionSpec, l.id, ['participants', 'conclusion', 'note']),
        },
        writer,
      );
  }
}
