import { prepare, type Sql } from '../open';
import { dialogueSpec, petitionSpec, sessionSpec, supervisionSpec, visitSpec } from '../reception/spec';
import { fromRow, type EntitySpec, type Stored } from '../store/entity';

type Line = Record<string, unknown>;

function live<F extends object>(sql: Sql, spec: EntitySpec<F>, order: string): Stored<F>[] {
  const rows = prepare(sql, `SELECT * FROM ${spec.table} WHERE deleted_at IS NULL ORDER BY ${order}`).all() as Record<
    string,
    unknown
  >[];
  return rows.map((r) => fromRow(spec, r));
}

/** Drops null members so exported lines stay short and re-import cleanly. */
function compact(line: Line): Line {
  return Object.fromEntries(Object.entries(line).filter(([, v]) => v !== null && v !== undefined));
}

function person(name: string | null, address: string | null, idNumber: string | null): Line | null {
  return name ? compact({ name, address, idNumber }) : null;
}

/** The reception kinds as interchange lines (interchange.md); a denunciation has no identity to export. */
export function receptionLines(
  sql: Sql,
): Record<'reception_session' | 'reception_visit' | 'petition' | 'dialogue' | 'supervision', Line[]> {
  return {
    reception_session: live(sql, sessionSpec, 'held_on, created_at').map((s) =>
      compact({ kind: 'reception_session', id: s.id, heldOn: s.heldOn, host: s.host, type: s.type }),
    ),
    reception_visit: live(sql, visitSpec, 'received_on, created_at').map((v) =>
      compact({
        kind: 'reception_visit',
        id: v.id,
        receivedOn: v.receivedOn,
        host: v.host,
        citizens: v.citizens,
        group: v.group,
        content: v.content,
        summary: v.summary,
        handling: v.handling,
        citizen: person(v.citizenName, v.citizenAddress, v.citizenIdNumber),
        secretRef: v.secretRef,
      }),
    ),
    petition: live(sql, petitionSpec, 'received_on, created_at').map((p) =>
      compact({
        kind: 'petition',
        id: p.id,
        receivedOn: p.receivedOn,
        content: p.content,
        inCompetence: p.inCompetence,
        summary: p.summary,
        handling: p.handling,
        status: p.status,
        acceptedOn: p.acceptedOn,
        resolvedOn: p.resolvedOn,
        complex: p.complex,
        // v2 fields only when set, so a v1 register exports as before.
        especiallyComplex: p.especiallyComplex || undefined,
        remoteArea: p.remoteArea,
        multiplePlaces: p.multiplePlaces || undefined,
        round: p.round,
        extensions: p.extensions,
        petitioner: person(p.petitionerName, p.petitionerAddress, p.petitionerIdNumber),
        secretRef: p.secretRef,
      }),
    ),
    dialogue: live(sql, dialogueSpec, 'held_on, created_at').map((d) =>
      compact({ kind: 'dialogue', id: d.id, heldOn: d.heldOn, topic: d.topic, participants: d.participants }),
    ),
    supervision: live(sql, supervisionSpec, 'held_on, created_at').map((s) =>
      compact({ kind: 'supervision', id: s.id, body: s.body, heldOn: s.heldOn, subject: s.subject }),
    ),
  };
}
