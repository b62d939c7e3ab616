import type { z } from 'zod';
import type { listExportInput } from '../../shared/export/schema';
import {
  CASE_CATEGORY_SHORT,
  CASE_STATUS_LABELS,
  COMMUNITY_TYPE_LABELS,
  GENDER_LABELS,
  MEDIATOR_ROLE_LABELS,
} from '../../shared/i18n/vi';
import { listCommunities } from '../community/service';
import { listCases } from '../mediation/cases';
import { listMediators } from '../mediation/mediators';
import { listTeams } from '../mediation/teams';
import type { Sql } from '../open';
import { receptionTable, type ReceptionListInput } from './receptionLists';
import { conventionTable, disclosureTable } from './publicLists';

type Cell = string | number | Date | null;
/** One list as a sheet: title, file name, columns and rows. */
export interface Table {
  title: string;
  fileStem: string;
  columns: { header: string; width: number }[];
  rows: Cell[][];
}

import { excelDate, formatDateCells, newWorkbook, workbookFile } from './workbook';

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

function buildTable(sql: Sql, input: z.output<typeof listExportInput>): Table {
  switch (input.list) {
    case 'receptionSessions':
    case 'receptionVisits':
    case 'petitions':
    case 'dialogues':
    case 'supervisions':
      return receptionTable(sql, input as ReceptionListInput);
    case 'communities':
      return {
        title: 'Thôn, tổ dân phố',
        fileStem: 'thon-to-dan-pho',
        columns: [
          { header: 'STT', width: 6 },
          { header: 'Tên', width: 32 },
          { header: 'Loại', width: 14 },
          { header: 'Số hộ', width: 10 },
          { header: 'Ghi chú', width: 40 },
        ],
        rows: listCommunities(sql, {
          search: input.search,
          includeDeleted: false,
          offset: 0,
          limit: 100_000,
        }).items.map((c, i) => [i + 1, c.name, COMMUNITY_TYPE_LABELS[c.type], c.households, c.note]),
      };
    case 'teams':
      return {
        title: 'Tổ hòa giải',
        fileStem: 'to-hoa-giai',
        columns: [
          { header: 'STT', width: 6 },
          { header: 'Thôn / tổ dân phố', width: 28 },
          { header: 'Tên tổ', width: 32 },
          { header: 'Số hòa giải viên', width: 14 },
          { header: 'Trong đó nữ', width: 12 },
          { header: 'Cảnh báo', width: 50 },
        ],
        rows: listTeams(sql, input.search).map((t, i) => [
          i + 1,
          t.communityName,
          t.name,
          t.activeMediators,
          t.femaleMediators,
          t.warnings.map((w) => w.message).join('\n'),
        ]),
      };
    case 'mediators':
      return {
        title: 'Hòa giải viên',
        fileStem: 'hoa-giai-vien',
        columns: [
          { header: 'STT', width: 6 },
          { header: 'Họ và tên', width: 26 },
          { header: 'Thôn / tổ dân phố', width: 24 },
          { header: 'Giới tính', width: 10 },
          { header: 'Dân tộc thiểu số', width: 10 },
          { header: 'Vai trò', width: 14 },
          { header: 'Ngày công nhận', width: 14 },
          { header: 'Số quyết định', width: 18 },
          { header: 'Ngày thôi', width: 14 },
        ],
        rows: listMediators(sql, { search: input.search, teamId: input.teamId, includeLeft: true }).map((m, i) => [
          i + 1,
          m.name,
          m.communityName,
          GENDER_LABELS[m.gender],
          m.ethnicMinority ? 'Có' : '',
          MEDIATOR_ROLE_LABELS[m.role],
          excelDate(m.recognizedOn),
          m.decisionRef,
          excelDate(m.leftOn),
        ]),
      };
    case 'cases':
      return {
        title: 'Vụ việc hòa giải',
        fileStem: 'vu-viec-hoa-giai',
        columns: [
          { header: 'STT', width: 6 },
          { header: 'Ngày tiếp nhận', width: 14 },
          { header: 'Thôn / tổ dân phố', width: 22 },
          { header: 'Lĩnh vực', width: 16 },
          { header: 'Nội dung', width: 50 },
          { header: 'Các bên', width: 32 },
          { header: 'Hòa giải viên', width: 28 },
          { header: 'Tình trạng', width: 22 },
          { header: 'Ngày kết thúc', width: 14 },
          { header: 'Thỏa thuận', width: 40 },
        ],
        rows: listCases(sql, { ...input.filters, offset: 0, limit: 1_000_000 }).items.map((c, i) => [
          i + 1,
          excelDate(c.receivedOn),
          c.communityName,
          CASE_CATEGORY_SHORT[c.category],
          c.summary,
          c.parties.map((p) => p.name).join('; '),
          c.mediatorNames.join('; '),
          CASE_STATUS_LABELS[c.status],
          excelDate(c.closedOn),
          c.agreement,
        ]),
      };
    case 'disclosures':
      return disclosureTable(sql, input.filters);
    case 'conventions':
      return conventionTable(sql, input.search);
  }
}
