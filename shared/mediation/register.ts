import { z } from 'zod';
import type { StoredOf } from '../record/define';
import type { caseRecord } from './caseRecord';
import { partyText } from './caseRecord';

/** One row of the Sổ theo dõi hoạt động hòa giải (domain.md §B.4). */
export const registerRowSchema = z.object({
  no: z.number().int(),
  caseId: z.string(),
  receivedOn: z.string(),
  mediators: z.string(),
  parties: z.string(),
  summary: z.string(),
  agreement: z.string(),
  successful: z.boolean(),
  unsuccessful: z.boolean(),
  note: z.string(),
});

/** The register of one team for a period. */
export const registerSchema = z.object({
  province: z.string(),
  commune: z.string(),
  community: z.string(),
  team: z.string(),
  /** The team leader (tổ trưởng) still serving, who signs Phần II. */
  leader: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  rows: z.array(registerRowSchema),
  summary: z.array(
    z.object({
      mediator: z.string(),
      byCategory: z.record(z.string(), z.number().int()),
      successful: z.number().int(),
      unsuccessful: z.number().int(),
      other: z.number().int(),
    }),
  ),
});
/** The register of one team. */
export type MediationRegister = z.infer<typeof registerSchema>;

/** A stored case with its mediators' names, as the register reads it (the case's own definition). */
type RegisteredCase = StoredOf<typeof caseRecord.stored> & { id: string; mediatorNames: string[] };

/**
 * One row of Phần I of the register for a case (the 10 columns of the MOJ form): who mediated and
 * who was invited, the parties, the matter, the agreement and the result.
 */
export function registerRow(c: RegisteredCase, no: number): MediationRegister['rows'][number] {
  return {
    no,
    caseId: c.id,
    receivedOn: c.receivedOn,
    mediators: [c.mediatorNames.join(', '), c.invited ? `Người được mời: ${c.invited}` : ''].filter(Boolean).join('; '),
    parties: c.parties.map(partyText).join('; '),
    summary: c.summary,
    agreement: c.agreement ?? '',
    successful: c.status === 'thanh',
    unsuccessful: c.status === 'khong_thanh' || c.status === 'cham_dut',
    note: c.status === 'chuyen' ? 'Chuyển cơ quan có thẩm quyền' : (c.note ?? ''),
  };
}
