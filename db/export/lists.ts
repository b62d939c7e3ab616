import type { z } from 'zod';
import type { ListTable, listExportInput } from '../../shared/export/schema';
import { formatDate } from '../../shared/util/format';
import { communityRecord } from '../../shared/community/communityRecord';
import { consultationRecord } from '../../shared/consultation/consultationRecord';
import { decisionRecord } from '../../shared/decision/decisionRecord';
import { OUTCOME_TEXT } from '../../shared/decision/outcome';
import { bodyRecord } from '../../shared/supervision/bodyRecord';
import { recordTable } from '../../shared/record/define';
import { caseRecord } from '../../shared/mediation/caseRecord';
import { mediatorRecord } from '../../shared/mediation/mediatorRecord';
import { teamRecord } from '../../shared/mediation/teamRecord';
import { listCommunities } from '../community/service';
import { listConsultations } from '../consultation/service';
import { listDecisions } from '../decision/service';
import { listBodies } from '../supervision/service';
import { listCases } from '../mediation/cases';
import { listMediators } from '../mediation/mediators';
import { listTeams } from '../mediation/teams';
import type { Sql } from '../open';
import { receptionTable, type ReceptionListInput } from '../reception/lists';
import { conventionTable } from '../convention/list';
import { disclosureTable } from '../disclosure/list';

type Cell = string | number | Date | null;
/** One list as a sheet: title, file name, columns and rows. */
export interface Table {
  title: string;
  fileStem: string;
  columns: { header: string; width: number }[];
  rows: Cell[][];
}

import { formatDateCells, newWorkbook, workbookFile } from './workbook';

/** The rows of a list exactly as the screen filters them, as an Excel workbook. */
export async function exportList(sql: Sql, input: z.output<typeof listExportInput>) {
  const table = buildTable(sql, input);
  const wb = await newWorkbook();
  const ws = wb.addWorksheet(table.title.slice(0, 31));
  ws.columns = table.columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of table.rows) {
    const added = ws.addRow(row);
    added.alignment = { wrapText: true, vertical: 'top' };
    formatDateCells(added);
  }
  return workbookFile(wb, `${table.fileStem}.xlsx`);
}

/** The rows of a list exactly as the screen filters them, as a table (the printed list). */
export function buildTable(sql: Sql, input: z.output<typeof listExportInput>): Table {
  switch (input.list) {
    case 'receptionSessions':
    case 'receptionVisits':
    case 'petitions':
    case 'dialogues':
    case 'supervisions':
      return receptionTable(sql, input as ReceptionListInput);
    case 'communities':
      return recordTable(
        communityRecord,
        listCommunities(sql, { search: input.search, includeDeleted: false, offset: 0, limit: 100_000 }).items,
      );
    case 'teams':
      return recordTable(teamRecord, listTeams(sql, input.search));
    case 'mediators':
      return recordTable(
        mediatorRecord,
        listMediators(sql, { search: input.search, teamId: input.teamId, includeLeft: true }),
      );
    case 'cases':
      return recordTable(caseRecord, listCases(sql, { ...input.filters, offset: 0, limit: 1_000_000 }).items);
    case 'disclosures':
      return disclosureTable(sql, input.filters);
    case 'conventions':
      return conventionTable(sql, input.search);
    case 'decisions':
      return recordTable(
        decisionRecord,
        listDecisions(sql, { ...input.filters, offset: 0, limit: 1_000_000 }).items.map((d) => ({
          ...d,
          outcomeText: OUTCOME_TEXT[d.outcome],
        })),
      );
    case 'consultations':
      return recordTable(
        consultationRecord,
        listConsultations(sql, { ...input.filters, offset: 0, limit: 1_000_000 }).items,
      );
    case 'supervisionBodies':
      return recordTable(bodyRecord, listBodies(sql, { ...input.filters, offset: 0, limit: 1_000_000 }).items);
  }
}

/** A list as its printed page shows it: the same table with each date written dd/mm/yyyy (JSON has no dates). */
export function printableTable(sql: Sql, input: z.output<typeof listExportInput>): ListTable {
  const table = buildTable(sql, input);
  const text = (cell: Cell): string | number | null =>
    cell instanceof Date ? formatDate(cell.toISOString().slice(0, 10)) : cell;
  return { ...table, rows: table.rows.map((row) => row.map(text)) };
}
