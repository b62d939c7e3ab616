import type { z } from 'zod';
import type { listExportInput } from '../../shared/export/schema';
import { recordTable } from '../../shared/record/define';
import type { Table } from '../../shared/record/list';
import { dialogueRecord } from '../../shared/reception/dialogueRecord';
import { petitionRecord } from '../../shared/reception/petitionRecord';
import { sessionRecord } from '../../shared/reception/sessionRecord';
import { supervisionRecord } from '../../shared/reception/supervisionRecord';
import { visitRecord } from '../../shared/reception/visitRecord';
import type { Sql } from '../open';
import { listDialogues, listSupervisions } from './meetings';
import { listPetitions } from './petitions';
import { listSessions } from './sessions';
import { listVisits } from './visits';

/** The export inputs of the reception lists. */
export type ReceptionListInput = Extract<
  z.output<typeof listExportInput>,
  { list: 'receptionSessions' | 'receptionVisits' | 'petitions' | 'dialogues' | 'supervisions' }
>;

const ALL = { offset: 0, limit: 1_000_000 };

/** A reception list as the screen filters and masks it. */
export function receptionTable(sql: Sql, input: ReceptionListInput): Table {
  switch (input.list) {
    case 'receptionSessions':
      return recordTable(sessionRecord, listSessions(sql, { ...input.filters, ...ALL }).items);
    case 'receptionVisits':
      return recordTable(visitRecord, listVisits(sql, { ...input.filters, ...ALL }).items);
    case 'petitions':
      return recordTable(petitionRecord, listPetitions(sql, { ...input.filters, ...ALL }).items);
    case 'dialogues':
      return recordTable(dialogueRecord, listDialogues(sql, { ...input.filters, ...ALL }).items);
    case 'supervisions':
      return recordTable(supervisionRecord, listSupervisions(sql, { ...input.filters, ...ALL }).items);
  }
}
