import { z } from 'zod';
import { CONTENT_LABELS } from '../i18n/vi';
import type { StoredOf } from '../record/define';
import { formatNumber } from '../util/format';
import type { visitRecord } from './visitRecord';

type Visit = StoredOf<(typeof visitRecord)['stored']> & { id: string };

/** One row of the Sổ tiếp công dân (Mẫu số 03, Thông tư 04/2021/TT-TTCP), its 12 columns. */
export const registerRowSchema = z.object({
  no: z.number().int(),
  visitId: z.string(),
  receivedOn: z.string(),
  nameAddress: z.string(),
  idNumber: z.string(),
  summary: z.string(),
  classification: z.string(),
  resolvedBy: z.string(),
  accepted: z.boolean(),
  returned: z.boolean(),
  forwarded: z.string().nullable(),
  followUp: z.string(),
  note: z.string(),
});
/** The register of a period. */
export const registerSchema = z.object({
  province: z.string(),
  commune: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  rows: z.array(registerRowSchema),
});
/** The Sổ tiếp công dân of a period. */
export type ReceptionRegister = z.infer<typeof registerSchema>;

/** Column 3 of a denunciation: never a person, only the reference of the paper confidential register. */
export function confidentialLabel(secretRef: string | null): string {
  return secretRef ? `Bảo mật — xem sổ mật, số ${secretRef}` : 'Bảo mật — ghi tại sổ mật';
}

function nameAddress(v: Visit): string {
  if (v.content === 'to_cao') return confidentialLabel(v.secretRef);
  const person = [v.citizenName, v.citizenAddress].filter(Boolean).join(' - ');
  return v.representatives ? `${person}${person ? '; ' : ''}Người đại diện: ${v.representatives}` : person;
}

function classification(v: Visit): string {
  const people = `${formatNumber(v.citizens)} người`;
  return `${CONTENT_LABELS[v.content]} / ${people}${v.group ? ' (đoàn đông người)' : ''}`;
}

/**
 * One row of the Sổ tiếp công dân for a visit, in the form's 12 columns (domain.md §C.2). A
 * denunciation's row carries no identity.
 */
export function registerRow(v: Visit, no: number): ReceptionRegister['rows'][number] {
  return {
    no,
    visitId: v.id,
    receivedOn: v.receivedOn,
    nameAddress: nameAddress(v),
    idNumber: v.content === 'to_cao' ? '' : (v.citizenIdNumber ?? ''),
    summary: v.summary,
    classification: classification(v),
    resolvedBy: v.resolvedBy ?? '',
    accepted: v.handling === 'thu_ly',
    returned: v.handling === 'tra_lai_huong_dan',
    forwarded: v.handling === 'chuyen_don' ? (v.forwardedTo ?? '') : null,
    followUp: v.followUp ?? '',
    note: v.note ?? '',
  };
}
