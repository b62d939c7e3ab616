import { z } from 'zod';
import { DATA_PROBLEMS } from '../sync/dataProblems';
import { isoDate } from '../util/zod';
import { CASE_CATEGORIES } from '../mediation/codes';
import { CONTENTS, HOSTS, PETITION_HANDLINGS, SUPERVISION_BODIES } from '../reception/codes';
import { CATALOGS } from '../disclosure/catalog';
import { DISCLOSURE_FORMS } from '../disclosure/codes';
import { DECISION_FORMS, DECISION_MATTERS } from '../decision/codes';
import { CONSULTATION_MATTERS } from '../consultation/codes';

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

/** (v2) The people discuss and decide (reports.md § decisions): decisions held in the range. */
export const decisionsSection = z.object({
  held: count,
  adopted: count,
  notAdopted: count,
  noQuorum: count,
  byMatter: z.object(
    Object.fromEntries(DECISION_MATTERS.map((c) => [c, z.object({ held: count, adopted: count })])) as Record<
      (typeof DECISION_MATTERS)[number],
      z.ZodObject<{ held: typeof count; adopted: typeof count }>
    >,
  ),
  byForm: countsBy(DECISION_FORMS),
  /** Distinct communities with at least one decision held in the range. */
  communities: count,
  /** Of `held`, those whose result was made public on or before `to`. */
  resultsPublished: count,
});
/** Decision figures. */
export type DecisionsSection = z.infer<typeof decisionsSection>;

/** (v2) The people comment (reports.md § consultations): consultations ended in the range. */
export const consultationsSection = z.object({
  held: count,
  byMatter: countsBy(CONSULTATION_MATTERS),
  opinions: count,
  accepted: count,
  acceptedRate: rateValue,
  resultsPublished: count,
});
/** Consultation figures. */
export type ConsultationsSection = z.infer<typeof consultationsSection>;

const activeBodies = z.object({ active: count, members: count });
/** (v2) The supervision bodies active at `to`, and the sum of their members. */
export const supervisionBodiesSection = z.object({ ban_ttnd: activeBodies, ban_gsdtcd: activeBodies });

/** (v2) The recommendations of the supervisions held in the range. */
export const supervisionRecommendationsSection = z.object({ made: count, resolved: count, resolvedRate: rateValue });

/**
 * (v2) How many communes did it (reports.md § communesWith): 0 or 1 in a commune's own report, the sums
 * at an office, over `scope.communes`.
 */
export const communesWithSection = z.object({
  dialogue: count,
  receptionSession: count,
  decision: count,
  consultation: count,
  banTtnd: count,
  banGsdtcd: count,
  allDisclosed: count,
});
/** The communesWith figures. */
export type CommunesWithSection = z.infer<typeof communesWithSection>;

/** (v2) The same period one year earlier, by the same definitions ("so với cùng kỳ"). */
export const previousSection = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  mediation: mediationSection,
  reception: receptionSection,
  decisions: decisionsSection,
});
/** The previous-year figures. */
export type PreviousSection = z.infer<typeof previousSection>;

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
  decisions: decisionsSection,
  consultations: consultationsSection,
  supervisionBodies: supervisionBodiesSection,
  supervisionRecommendations: supervisionRecommendationsSection,
  communesWith: communesWithSection,
  previous: previousSection,
});
/** Every section of one commune's figures. */
export type CommuneSections = z.infer<typeof communeSections>;

/** The rates a period's mediation and reception sections carry (also under `previous`). */
const PERIOD_RATES: Readonly<Record<string, readonly [numerator: string, denominator: string]>> = {
  'mediation.successRate': ['mediation.successful', 'mediation.received'],
  'reception.resolvedRate': ['reception.resolved', 'reception.inCompetence'],
};

/**
 * Rates, by dotted path, with the dotted paths of their numerator and denominator. An office
 * recomputes each rate from the summed counts (reports.md: rates are never averaged).
 */
export const SECTION_RATES: Readonly<Record<string, readonly [numerator: string, denominator: string]>> = {
  ...PERIOD_RATES,
  'consultations.acceptedRate': ['consultations.accepted', 'consultations.opinions'],
  'supervisionRecommendations.resolvedRate': ['supervisionRecommendations.resolved', 'supervisionRecommendations.made'],
  // The same period one year earlier keeps the same rates, from its own sums.
  ...Object.fromEntries(
    Object.entries(PERIOD_RATES).map(([path, [n, d]]) => [`previous.${path}`, [`previous.${n}`, `previous.${d}`]]),
  ),
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
  /**
   * Office only: the communes whose figures may be incomplete or wrong on the day the report is made
   * (never sent data, missing changes, a refused bundle that forks), for the printed report to say so.
   */
  incomplete: z.array(z.object({ code: z.string(), name: z.string(), reason: z.enum(DATA_PROBLEMS) })).optional(),
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
