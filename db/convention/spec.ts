import type { AttachmentRef } from '../../shared/attachment/schema';
import type { ConventionStatus, ConventionType } from '../../shared/convention/codes';
import type { Review, StatusEvent, Vote } from '../../shared/convention/schema';
import type { EntitySpec } from '../store/entity';

/** Stored fields of a convention (domain.md §D.4). */
export interface ConventionData {
  communityId: string;
  type: ConventionType;
  title: string;
  versionNo: number;
  supersedesId: string | null;
  content: string | null;
  draftingTeam: string | null;
  signatories: string | null;
  officer: string | null;
  note: string | null;
  attachments: AttachmentRef[];
  consultationFrom: string | null;
  consultationTo: string | null;
  consultationPlace: string | null;
  consultationResult: string | null;
  votes: Vote[];
  adoptedOn: string | null;
  submittedOn: string | null;
  recognizedOn: string | null;
  decisionRef: string | null;
  effectiveOn: string | null;
  status: ConventionStatus;
  statusOn: string;
  statusLog: StatusEvent[];
  reviews: Review[];
}

/** The convention entity (hương ước, quy ước). */
export const conventionSpec: EntitySpec<ConventionData> = {
  entity: 'convention',
  table: 'convention',
  label: 'hương ước, quy ước',
  nestedDates: {
    votes: { on: 'event' },
    statusLog: { on: 'event', deadline: 'planned' },
    reviews: { on: 'event' },
  },
  fields: {
    communityId: ['community_id', 'text'],
    type: ['type', 'text'],
    title: ['title', 'text'],
    versionNo: ['version_no', 'int'],
    supersedesId: ['supersedes_id', 'text'],
    content: ['content', 'text'],
    draftingTeam: ['drafting_team', 'text'],
    signatories: ['signatories', 'text'],
    officer: ['officer', 'text'],
    note: ['note', 'text'],
    attachments: ['attachments', 'json'],
    consultationFrom: ['consultation_from', 'date'],
    consultationTo: ['consultation_to', 'plannedDate'],
    consultationPlace: ['consultation_place', 'text'],
    consultationResult: ['consultation_result', 'text'],
    votes: ['votes', 'json'],
    adoptedOn: ['adopted_on', 'date'],
    submittedOn: ['submitted_on', 'date'],
    recognizedOn: ['recognized_on', 'date'],
    decisionRef: ['decision_ref', 'text'],
    effectiveOn: ['effective_on', 'plannedDate'],
    status: ['status', 'text'],
    statusOn: ['status_on', 'date'],
    statusLog: ['status_log', 'json'],
    reviews: ['reviews', 'json'],
  },
  fts: {
    table: 'convention_fts',
    text: (c) =>
      [c.title, c.decisionRef ?? '', c.draftingTeam ?? '', c.signatories ?? '', c.note ?? '', c.content ?? ''].join(
        ' ',
      ),
  },
};

/** The status of a convention on a date: the last status event on or before it (null before any). */
export function statusOn(c: Pick<ConventionData, 'statusLog'>, date: string): ConventionStatus | null {
  let status: ConventionStatus | null = null;
  for (const e of c.statusLog) if (e.on <= date) status = e.status;
  return status;
}
