import { CASE_CATEGORY_LABELS, CASE_GROUNDS_LABELS, CASE_STATUS_LABELS } from '../../../shared/i18n/vi';
import type { CaseCategory, CaseStatus } from '../../../shared/mediation/codes';
import type { MediationCase } from '../../../shared/mediation/schema';
import type { RequestOf } from '../../../shared/contract/index';
import { formatDate } from '../../../shared/util/format';
import { ui } from '../../i18n/ui';

/** The fields `mediation.updateCase` takes, from a stored case (the contract's input is strict). */
export function caseToFields(c: MediationCase): RequestOf<'mediation.createCase'> {
  return {
    communityId: c.communityId,
    receivedOn: c.receivedOn,
    category: c.category,
    grounds: c.grounds,
    summary: c.summary,
    status: c.status,
    closedOn: c.closedOn,
    parties: c.parties.map((p) => ({ name: p.name, birthYear: p.birthYear ?? null, address: p.address ?? null })),
    mediatorIds: c.mediatorIds,
    invited: c.invited,
    agreement: c.agreement,
    note: c.note,
  };
}

/** The order the case form shows its fields, for the edit history. */
export const CASE_FIELD_ORDER = [
  'communityId',
  'receivedOn',
  'category',
  'grounds',
  'summary',
  'parties',
  'mediatorIds',
  'invited',
  'status',
  'closedOn',
  'agreement',
  'note',
];

/** Names the history needs to show ids as people and places. */
export interface NameLookup {
  community(id: string): string | undefined;
  mediator(id: string): string | undefined;
}

const DATE_FIELDS = new Set(['receivedOn', 'closedOn', 'recognizedOn', 'leftOn', 'establishedOn']);

function isParty(v: unknown): v is { name: string; birthYear?: number | null; address?: string | null } {
  return typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string';
}

/** A stored value as the clerk reads it: dates dd/mm/yyyy, codes as labels, ids as names. */
export function formatCaseValue(field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined || value === '') return ui.common.empty;
  if (Array.isArray(value) && value.length === 0) return ui.common.empty;
  if (DATE_FIELDS.has(field) && typeof value === 'string') return formatDate(value);
  if (field === 'status' && typeof value === 'string') return CASE_STATUS_LABELS[value as CaseStatus] ?? value;
  if (field === 'category' && typeof value === 'string') return CASE_CATEGORY_LABELS[value as CaseCategory] ?? value;
  if (field === 'grounds' && typeof value === 'string') {
    return CASE_GROUNDS_LABELS[value as keyof typeof CASE_GROUNDS_LABELS] ?? value;
  }
  if (field === 'communityId' && typeof value === 'string') return names.community(value) ?? value;
  if (field === 'mediatorIds' && Array.isArray(value)) {
    return value.map((id) => names.mediator(String(id)) ?? String(id)).join(', ');
  }
  if (field === 'parties' && Array.isArray(value)) {
    return value
      .filter(isParty)
      .map((p) => ui.history.partyItem(p.name, p.birthYear ? String(p.birthYear) : '', p.address ?? ''))
      .join('; ');
  }
  if (typeof value === 'boolean') return value ? ui.common.yes : ui.common.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Tag colour of a case status. */
export const STATUS_COLORS: Record<CaseStatus, string> = {
  tiep_nhan: 'default',
  dang_hoa_giai: 'processing',
  thanh: 'success',
  khong_thanh: 'error',
  cham_dut: 'warning',
  chuyen: 'purple',
};
