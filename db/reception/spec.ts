import type { DialogueFields, PetitionData, SessionData, SupervisionData, VisitData } from './types';
import type { EntitySpec } from '../store/entity';
import { PURGED_SUMMARY } from '../../shared/reception/codes';

/** The reception session entity (kỳ tiếp công dân). */
export const sessionSpec: EntitySpec<SessionData> = {
  entity: 'reception_session',
  table: 'reception_session',
  label: 'kỳ tiếp công dân',
  fields: {
    heldOn: ['held_on', 'date'],
    host: ['host', 'text'],
    type: ['type', 'text'],
    hostName: ['host_name', 'text'],
    place: ['place', 'text'],
    note: ['note', 'text'],
  },
};

/**
 * The visit entity (lượt tiếp công dân, one row of the Sổ tiếp công dân). The search text holds
 * the summary and references only: names, addresses and ID numbers are not indexed, so a search
 * cannot be used to find out who came.
 */
export const visitSpec: EntitySpec<VisitData> = {
  entity: 'reception_visit',
  table: 'reception_visit',
  label: 'lượt tiếp công dân',
  fields: {
    receivedOn: ['received_on', 'date'],
    host: ['host', 'text'],
    citizens: ['citizens', 'int'],
    group: ['is_group', 'bool'],
    content: ['content', 'text'],
    summary: ['summary', 'text'],
    handling: ['handling', 'text'],
    citizenName: ['citizen_name', 'text'],
    citizenAddress: ['citizen_address', 'text'],
    citizenIdNumber: ['citizen_id_number', 'text'],
    representatives: ['representatives', 'text'],
    secretRef: ['secret_ref', 'text'],
    resolvedBy: ['resolved_by', 'text'],
    forwardedTo: ['forwarded_to', 'text'],
    followUp: ['follow_up', 'text'],
    note: ['note', 'text'],
  },
  fts: {
    table: 'reception_visit_fts',
    text: (v) => [v.summary, v.secretRef ?? '', v.forwardedTo ?? '', v.followUp ?? '', v.note ?? ''].join(' '),
  },
  // A visit that becomes a denunciation keeps no identity in any version: the identity fields and the
  // free text that may repeat them are purged from the old record's history (issue 16).
  secrecy: {
    isSecret: (v) => v.content === 'to_cao',
    purged: {
      citizenName: null,
      citizenAddress: null,
      citizenIdNumber: null,
      representatives: null,
      summary: PURGED_SUMMARY,
      followUp: null,
      note: null,
    },
  },
};

/** The petition entity (đơn khiếu nại, tố cáo, kiến nghị, phản ánh); names are not indexed either. */
export const petitionSpec: EntitySpec<PetitionData> = {
  entity: 'petition',
  table: 'petition',
  label: 'đơn',
  fields: {
    receivedOn: ['received_on', 'date'],
    content: ['content', 'text'],
    inCompetence: ['in_competence', 'bool'],
    summary: ['summary', 'text'],
    handling: ['handling', 'text'],
    status: ['status', 'text'],
    resolvedOn: ['resolved_on', 'date'],
    complex: ['complex', 'bool'],
    remoteArea: ['remote_area', 'bool'],
    round: ['round', 'int'],
    extensions: ['extensions', 'int'],
    petitionerName: ['petitioner_name', 'text'],
    petitionerAddress: ['petitioner_address', 'text'],
    petitionerIdNumber: ['petitioner_id_number', 'text'],
    secretRef: ['secret_ref', 'text'],
    forwardedTo: ['forwarded_to', 'text'],
    resolution: ['resolution', 'text'],
    note: ['note', 'text'],
    acceptedOn: ['accepted_on', 'date'],
    especiallyComplex: ['especially_complex', 'bool'],
    multiplePlaces: ['multiple_places', 'bool'],
  },
  // interchange.md v2 (migration 0006): absent from snapshots written before it.
  addedFields: { acceptedOn: null, especiallyComplex: false, multiplePlaces: false },
  fts: {
    table: 'petition_fts',
    text: (p) => [p.summary, p.secretRef ?? '', p.forwardedTo ?? '', p.resolution ?? '', p.note ?? ''].join(' '),
  },
  // As a visit's: a petition that becomes a denunciation is a new record, the old one's history purged.
  secrecy: {
    isSecret: (p) => p.content === 'to_cao',
    purged: {
      petitionerName: null,
      petitionerAddress: null,
      petitionerIdNumber: null,
      summary: PURGED_SUMMARY,
      resolution: null,
      note: null,
    },
  },
};

/** The dialogue conference entity (hội nghị đối thoại). */
export const dialogueSpec: EntitySpec<DialogueFields> = {
  entity: 'dialogue',
  table: 'dialogue',
  label: 'hội nghị đối thoại',
  fields: {
    heldOn: ['held_on', 'date'],
    topic: ['topic', 'text'],
    participants: ['participants', 'int'],
    chairedBy: ['chaired_by', 'text'],
    note: ['note', 'text'],
  },
};

/** The community supervision entity (Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng). */
export const supervisionSpec: EntitySpec<SupervisionData> = {
  entity: 'supervision',
  table: 'supervision',
  label: 'cuộc giám sát',
  fields: {
    body: ['body', 'text'],
    heldOn: ['held_on', 'date'],
    subject: ['subject', 'text'],
    participants: ['participants', 'int'],
    conclusion: ['conclusion', 'text'],
    note: ['note', 'text'],
  },
};
