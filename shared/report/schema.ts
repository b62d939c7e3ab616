import { z } from 'zod';
import { isoDate } from '../util/zod';
import { CASE_CATEGORIES } from '../mediation/codes';
import { CONTENTS, HOSTS, PETITION_HANDLINGS, SUPERVISION_BODIES } from '../reception/codes';
import { CATALOGS } from '../disclosure/catalog';
import { DISCLOSURE_FORMS } from '../disclosure/codes';

const count = z.number().int().min(0);
const rateValue = z.number().nullable();

/** Mediation figures of the period report (reports.md § mediation). */
export const mediationSection = z.object({
  teams: count,
  mediators: count,
  mediatorsFemale: count,
  mediatorsEthnicMinority: count,
  received: count,
  successful: count,
  unsuccessful: count,
  referred: count,
  ongoing: count,
  successRate: rateValue,
  byCategory: z.object(
    Object.fromEntries(CASE_CATEGORIES.map((c) => [c, z.object({ received: count, successful: count })])) as Record<
      (typeof CASE_CATEGORIES)[number],
      z.ZodObject<{ received: typeof count; successful: typeof count }>
    >,
  ),
});
/** Mediation figures. */
export type MediationSection = z.infer<typeof mediationSection>;

/** Counts keyed by every code of a list, so offices can sum them key by key. */
function countsBy<const T extends readonly string[]>(codes: T) {
  return z.object(Object.fromEntries(codes.map((c) => [c, count])) as Record<T[number], typeof count>);
}

/** Citizen reception figures of the period report (reports.md § reception). */
export const receptionSection = z.object({
  sessions: count,
  sessionsByHost: countsBy(HOSTS),
  visits: count,
  citizens: count,
  groupVisits: count,
  visitsByHost: countsBy(HOSTS),
  visitsByContent: countsBy(CONTENTS),
  complaintsAndDenunciations: count,
  inCompetence: count,
  inCompetenceByContent: countsBy(['khieu_nai', 'to_cao'] as const),
  resolved: count,
  resolvedByContent: countsBy(['khieu_nai', 'to_cao'] as const),
  resolvedRate: rateValue,
  proposals: count,
  overdue: count,
  /** (v2) Petitions received in the range, every content, by handling code. */
  petitionsByHandling: countsBy(PETITION_HANDLINGS),
  /** (v2) The sum of citizens of the visits in the range, by host code. */
  citizensByHost: countsBy(HOSTS),
  /** (v2) Of `inCompetence`, those flagged complex or especially complex, and of them those resolved by `to`. */
  complex: z.object({ received: count, resolved: count }),
  /** (v2) Petitions handled thụ lý in the range without the thụ lý date. */
  missingAcceptedOn: count,
  /**
   * The Chủ tịch UBND's weekly reception (Luật Tiếp công dân 2013, Điều 15(2): at least one day a
   * week): the weeks of the period with a working day in it, and of them the weeks with a session
   * the Chủ tịch held. An office's figures are sums over communes (commune-weeks).
   */
  chairWeeks: z.object({ weeks: count, held: count }),
});
/** Citizen reception figures. */
export type ReceptionSection = z.infer<typeof receptionSection>;

/** Supervisions held in the period, by body (reports.md § supervisions). */
export const supervisionsSection = countsBy(SUPERVISION_BODIES);
/** Disclosure figures of the period report (reports.md § disclosure). */
export const disclosureSection = z.object({
  catalog: z.enum(CATALOGS),
  items: count,
  events: count,
  itemsDisclosed: count,
  communesAllItems: count,
  shortPostings: count,
  /** Disclosures in the range by form (one disclosure counts under each of its forms). */
  byForm: countsBy(DISCLOSURE_FORMS),
  /**
   * Each catalog in force during the period, with the part of the period it covers: every disclosure
   * counts against the catalog in force on its own date (a period spanning 01/7/2023 has two).
   */
  byCatalog: z.partialRecord(
    z.enum(CATALOGS),
    z.object({
      from: z.string(),
      to: z.string(),
      items: count,
      events: count,
      itemsDisclosed: count,
      communesAllItems: count,
    }),
  ),
});
/** Disclosure figures. */
export type DisclosureSection = z.infer<typeof disclosureSection>;

/** Convention figures of the period report (reports.md § conventions). */
export const conventionsSection = z.object({
  communities: count,
  withConvention: count,
  reviewed: count,
  amended: count,
  /** Recognition decisions dated in the range, and of them those for an amended or replacing version. */
  recognized: count,
  recognizedAmendments: count,
});
/** Convention figures. */
export type ConventionsSection = z.infer<typeof conventionsSection>;

/**
 * The sections a report carries for one commune. A module adds its section here, its figures in
 * `communeFigures` (db/report/service.ts), its rates in {@link SECTION_RATES} and any figure that is
 * the same for every commune (not summed by an office) in {@link SECTION_CONSTANTS}.
 */
export const communeSections = z.object({
  disclosure: disclosureSection,
  conventions: conventionsSection,
  mediation: mediationSection,
  reception: receptionSection,
  dialogues: count,
  supervisions: supervisionsSection,
});
/** Every section of one commune's figures. */
export type CommuneSections = z.infer<typeof communeSections>;

/**
 * Rates, by dotted path, with the dotted paths of their numerator and denominator. An office
 * recomputes each rate from the summed counts (reports.md: rates are never averaged).
 */
export const SECTION_RATES: Readonly<Record<string, readonly [numerator: string, denominator: string]>> = {
  'mediation.successRate': ['mediation.successful', 'mediation.received'],
  'reception.resolvedRate': ['reception.resolved', 'reception.inCompetence'],
};

/** Dotted paths of figures that every commune reports alike for a period (an office keeps one, never a sum). */
export const SECTION_CONSTANTS: readonly string[] = [
  'disclosure.catalog',
  'disclosure.items',
  ...CATALOGS.flatMap((c) => [
    `disclosure.byCatalog.${c}.items`,
    `disclosure.byCatalog.${c}.from`,
    `disclosure.byCatalog.${c}.to`,
  ]),
];

/** The period report (reports.md, schema qcdc.report/1). */
export const reportSchema = communeSections.extend({
  schema: z.literal('qcdc.report/1'),
  period: z.object({ from: z.string(), to: z.string() }),
  scope: z.object({ role: z.enum(['commune', 'office']), communes: count }),
  communes: z.array(communeSections.extend({ code: z.string(), name: z.string() })).optional(),
});
/** A period report. */
export type Report = z.infer<typeof reportSchema>;

/** A report period, `from` ≤ `to`. */
export const periodInput = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'Ngày cuối kỳ không được trước ngày đầu kỳ.' });

/** Everything the printed report needs besides the figures. */
export const reportDocumentSchema = z.object({
  report: reportSchema,
  header: z.object({
    issuer: z.string(),
    /** The issuing body's printed lines (ô 2), from the settings or the role's default (v2). */
    issuerLines: z.array(z.string()).optional(),
    communeName: z.string(),
    province: z.string().nullable(),
    placeName: z.string(),
    signerTitle: z.string(),
    signerName: z.string(),
    recipients: z.array(z.string()),
    date: z.string(),
  }),
});
/** A report with its document header. */
export type ReportDocument = z.infer<typeof reportDocumentSchema>;

/** A generated file (Excel, PDF) returned over the contract as base64. */
export const fileOutput = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });

/** The calls of the report area. */
export const reportContract = {
  'report.period': { input: periodInput, output: reportSchema, writes: false },
  'report.document': { input: periodInput, output: reportDocumentSchema, writes: false },
  'report.exportXlsx': { input: periodInput, output: fileOutput, writes: false },
} as const;
