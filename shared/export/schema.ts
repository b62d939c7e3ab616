import { z } from 'zod';
import { consultationListInput } from '../consultation/schema';
import { decisionListInput } from '../decision/schema';
import { caseListInput } from '../mediation/schema';
import { bodyListInput } from '../supervision/schema';
import { disclosureListInput } from '../disclosure/schema';
import { fileOutput } from '../report/schema';
import { petitionListInput, sessionListInput, simpleListInput, visitListInput } from '../reception/schema';

/** Which list to export to Excel, with the same filters the screen uses. */
export const listExportInput = z.discriminatedUnion('list', [
  z.object({ list: z.literal('communities'), search: z.string().default('') }).strict(),
  z.object({ list: z.literal('teams'), search: z.string().default('') }).strict(),
  z
    .object({
      list: z.literal('mediators'),
      search: z.string().default(''),
      teamId: z.string().nullable().default(null),
    })
    .strict(),
  z.object({ list: z.literal('cases'), filters: caseListInput }).strict(),
  z.object({ list: z.literal('receptionSessions'), filters: sessionListInput }).strict(),
  z.object({ list: z.literal('receptionVisits'), filters: visitListInput }).strict(),
  z.object({ list: z.literal('petitions'), filters: petitionListInput }).strict(),
  z.object({ list: z.literal('dialogues'), filters: simpleListInput }).strict(),
  z.object({ list: z.literal('supervisions'), filters: simpleListInput }).strict(),
  z.object({ list: z.literal('disclosures'), filters: disclosureListInput }).strict(),
  z.object({ list: z.literal('conventions'), search: z.string().default('') }).strict(),
  z.object({ list: z.literal('decisions'), filters: decisionListInput }).strict(),
  z.object({ list: z.literal('consultations'), filters: consultationListInput }).strict(),
  z.object({ list: z.literal('supervisionBodies'), filters: bodyListInput }).strict(),
]);

/** A list as a table: what its Excel file and its printed page both show. */
export const listTableSchema = z.object({
  title: z.string(),
  fileStem: z.string(),
  columns: z.array(z.object({ header: z.string(), width: z.number() })),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});
/** A list as a table. */
export type ListTable = z.infer<typeof listTableSchema>;

/** The calls of the export area. */
export const exportContract = {
  'export.listXlsx': { input: listExportInput, output: fileOutput, writes: false },
  'export.listTable': { input: listExportInput, output: listTableSchema, writes: false },
} as const;
