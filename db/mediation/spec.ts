import type { CaseCategory, CaseStatus } from '../../shared/mediation/codes';
import type { EntitySpec } from '../store/entity';

/** Stored fields of a mediation team. */
export interface TeamData {
  communityId: string;
  name: string;
  establishedOn: string | null;
  decisionRef: string | null;
  note: string | null;
}

/** The mediation team entity (tổ hòa giải). */
export const teamSpec: EntitySpec<TeamData> = {
  entity: 'mediation_team',
  table: 'mediation_team',
  label: 'tổ hòa giải',
  fields: {
    communityId: ['community_id', 'text'],
    name: ['name', 'text'],
    establishedOn: ['established_on', 'date'],
    decisionRef: ['decision_ref', 'text'],
    note: ['note', 'text'],
  },
};

/** Stored fields of a mediator. */
export interface MediatorData {
  teamId: string;
  name: string;
  gender: 'nam' | 'nu';
  birthYear: number | null;
  ethnicMinority: boolean;
  role: 'to_truong' | 'hoa_giai_vien';
  recognizedOn: string | null;
  decisionRef: string | null;
  leftOn: string | null;
  phone: string | null;
  note: string | null;
}

/** The mediator entity (hòa giải viên). */
export const mediatorSpec: EntitySpec<MediatorData> = {
  entity: 'mediator',
  table: 'mediator',
  label: 'hòa giải viên',
  fields: {
    teamId: ['team_id', 'text'],
    name: ['name', 'text'],
    gender: ['gender', 'text'],
    birthYear: ['birth_year', 'int'],
    ethnicMinority: ['ethnic_minority', 'bool'],
    role: ['role', 'text'],
    recognizedOn: ['recognized_on', 'date'],
    decisionRef: ['decision_ref', 'text'],
    leftOn: ['left_on', 'date'],
    phone: ['phone', 'text'],
    note: ['note', 'text'],
  },
  fts: { table: 'mediator_fts', text: (m) => [m.name, m.phone ?? '', m.note ?? ''].join(' ') },
};

/** A party as stored. */
export interface PartyData {
  name: string;
  birthYear?: number | null;
  address?: string | null;
}

/** Stored fields of a mediation case. */
export interface CaseData {
  communityId: string;
  receivedOn: string;
  category: CaseCategory;
  grounds: 'yeu_cau' | 'tu_biet' | 'phan_cong_de_nghi' | null;
  summary: string;
  status: CaseStatus;
  closedOn: string | null;
  parties: PartyData[];
  mediatorIds: string[];
  invited: string | null;
  agreement: string | null;
  note: string | null;
}

/** The mediation case entity (vụ việc hòa giải ở cơ sở). */
export const caseSpec: EntitySpec<CaseData> = {
  entity: 'mediation_case',
  table: 'mediation_case',
  label: 'vụ việc hòa giải',
  fields: {
    communityId: ['community_id', 'text'],
    receivedOn: ['received_on', 'date'],
    category: ['category', 'text'],
    grounds: ['grounds', 'text'],
    summary: ['summary', 'text'],
    status: ['status', 'text'],
    closedOn: ['closed_on', 'date'],
    parties: ['parties', 'json'],
    mediatorIds: ['mediator_ids', 'json'],
    invited: ['invited', 'text'],
    agreement: ['agreement', 'text'],
    note: ['note', 'text'],
  },
  fts: {
    table: 'mediation_case_fts',
    text: (c) =>
      [
        c.summary,
        c.agreement ?? '',
        c.invited ?? '',
        c.note ?? '',
        ...c.parties.flatMap((p) => [p.name, p.address ?? '']),
      ].join(' '),
  },
};
