import type ExcelJS from 'exceljs';

/** A generated file as the contract returns it (`fileOutput`). */
export interface GeneratedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The exceljs module, loaded on first use: starting the app or a `qcdc` command must not parse it. */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

/** A new workbook carrying the app's name as its author. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Dân chủ cơ sở';
  return wb;
}

/** Serialises a workbook into a generated `.xlsx` file. */
export async function workbookFile(wb: ExcelJS.Workbook, fileName: string): Promise<GeneratedFile> {
  const buffer = await wb.xlsx.writeBuffer();
  return { fileName, mimeType: XLSX_MIME, base64: Buffer.from(buffer as ArrayBuffer).toString('base64') };
}

/** How a date cell reads in every sheet the app writes: Vietnamese day/month/year. */
export const EXCEL_DATE_FORMAT = 'dd/mm/yyyy';

/** Dates as real Excel dates: one helper, shared with the records' exported lists. */
export { excelDate } from '../../shared/record/list';

/** Gives every date cell of a row the dd/mm/yyyy format (a Date alone would show Excel's default). */
export function formatDateCells(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = EXCEL_DATE_FORMAT;
  });
}
