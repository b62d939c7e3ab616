import { z } from 'zod';
import { optionalText, text } from '../util/zod';
import { communityRecord } from '../community/communityRecord';
import { adminInput } from '../auth/schema';

/** Installation roles (architecture.md §1). */
export const ROLES = ['commune', 'office'] as const;
/** An installation role. */
export type Role = (typeof ROLES)[number];

/** The 5-digit commune code of Quyết định 19/2025/QĐ-TTg. */
export const COMMUNE_CODE = /^\d{5}$/;
/** An office code: letters, digits, dot or dash (offices have no national code scheme of their own). */
export const OFFICE_CODE = /^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/;

/** First-run set-up (the wizard, `qcdc init`). */
export const setupInput = z
  .object({
    role: z.enum(ROLES, { message: 'Hãy chọn vai trò: xã hoặc cơ quan nhận báo cáo.' }),
    code: z.string().trim(),
    name: text(150),
    province: optionalText(100),
    userName: optionalText(100),
    communities: z
      .array(
        // The community's own rules (its definition), the wizard's row taking its name, type and households.
        communityRecord.shape.pick({ name: true, type: true, households: true }).strict(),
      )
      .max(500)
      .default([]),
    /** The first administrator: present, the installation is protected (accounts, encryption at rest). */
    admin: adminInput.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.role === 'commune' && !COMMUNE_CODE.test(s.code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: 'Mã xã gồm đúng 5 chữ số (theo Quyết định 19/2025/QĐ-TTg).',
      });
    }
    if (s.role === 'office' && !OFFICE_CODE.test(s.code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: 'Mã cơ quan chỉ gồm chữ, số, dấu chấm hoặc gạch ngang (tối đa 20 ký tự).',
      });
    }
    if (s.role === 'office' && s.communities.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['communities'],
        message: 'Cơ quan nhận báo cáo không khai báo thôn / tổ dân phố.',
      });
    }
  });
/** Parsed set-up input. */
export type SetupInput = z.output<typeof setupInput>;

/** Editable settings used on printed documents. */
export const settingsFields = z
  .object({
    // A field left out is kept as it is; an empty one is cleared.
    placeName: optionalText(100).optional(),
    signerTitle: optionalText(100).optional(),
    signerName: optionalText(100).optional(),
    officeName: optionalText(200).optional(),
    userName: optionalText(100).optional(),
    /** The issuing body as printed (ô 2), one line per printed line; empty: the role's default. */
    issuer: optionalText(300).optional(),
    /** "Nơi nhận" (ô 9), one recipient per line; empty: the role's default. */
    recipients: optionalText(2000).optional(),
  })
  .strict();

/** What the app knows about itself. */
export const installationSchema = z.object({
  initialised: z.boolean(),
  role: z.enum(ROLES).nullable(),
  code: z.string().nullable(),
  name: z.string().nullable(),
  province: z.string().nullable(),
  keyId: z.string().nullable(),
  fingerprint: z.string().nullable(),
  settings: z.object({
    placeName: z.string().nullable(),
    signerTitle: z.string().nullable(),
    signerName: z.string().nullable(),
    officeName: z.string().nullable(),
    userName: z.string().nullable(),
    issuer: z.string().nullable(),
    recipients: z.string().nullable(),
  }),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
});
/** Installation status. */
export type Installation = z.infer<typeof installationSchema>;

/** The public card (cli.md: schema qcdc.card/1). */
export const cardSchema = z
  .object({
    schema: z.literal('qcdc.card/1'),
    role: z.enum(ROLES),
    code: z.string(),
    name: z.string(),
    keyId: z.string(),
    fingerprint: z.string(),
    minisignPublicKey: z.string(),
    ageRecipient: z.string().startsWith('age1'),
  })
  .passthrough();
/** A public card. */
export type Card = z.infer<typeof cardSchema>;

/** The calls of the installation area. */
export const installationContract = {
  'installation.status': { input: z.object({}).strict(), output: installationSchema, writes: false },
  'installation.setup': {
    input: setupInput,
    // The one-time recovery code of a protected installation, shown once on the setup sheet.
    output: installationSchema.extend({ recoveryCode: z.string().nullable() }),
    writes: true,
  },
  'installation.updateSettings': { input: settingsFields, output: installationSchema, writes: true },
  'installation.card': { input: z.object({}).strict(), output: cardSchema, writes: false },
} as const;
