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
