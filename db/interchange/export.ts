import type ExcelJS from 'exceljs';
import { AppError } from '../../shared/contract/errors';
import { isSupportedKind, KIND_ORDER, type Kind } from '../../shared/interchange/schema';
import type { NameOf } from '../../shared/record/define';
import { newWorkbook, workbookFile, type GeneratedFile } from '../export/workbook';
import { getSetting } from '../installation/settings';
import type { Sql } from '../open';
import { INTERCHANGE, interchangeOf } from './kinds';
import { addTemplateSheet } from './xlsx';

type Line = Record<string, unknown>;

/** Names of referenced records by kind and id, each kind's names read once, when first needed. */
function namesOf(sql: Sql): NameOf {
  const cache = new Map<string, Map<string, string>>();
  const nameOf: NameOf = (to, id) => {
    let names = cache.get(to);
    if (!names) {
      names = interchangeOf(to)?.names?.(sql, nameOf) ?? new Map<string, string>();
      cache.set(to, names);
    }
    return names.get(id);
  };
  return nameOf;
}

/** The commune's live records as interchange lines, in dependency order, with their ids. */
export function exportLines(sql: Sql, kind?: Kind): Line[] {
  if (kind && !isSupportedKind(kind)) {
    throw new AppError('INVALID_INPUT', `Loại dữ liệu "${kind}" chưa được hỗ trợ trong phiên bản này.`);
  }
  const nameOf = namesOf(sql);
  return INTERCHANGE.filter((k) => !kind || k.definition.kind === kind).flatMap((k) => k.lines(sql, nameOf));
}

/** The records as a file: NDJSON (one line per record) or the Excel template filled in. */
export async function exportFile(sql: Sql, format: 'ndjson' | 'xlsx', kind?: Kind): Promise<GeneratedFile> {
  const lines = exportLines(sql, kind);
  const stem = `du-lieu-${getSetting(sql, 'code') ?? 'qcdc'}${kind ? `-${kind}` : ''}`;
  if (format === 'ndjson') {
    const body = lines.map((l) => JSON.stringify(l)).join('\n') + (lines.length ? '\n' : '');
    return {
      fileName: `${stem}.ndjson`,
      mimeType: 'application/x-ndjson',
      base64: Buffer.from(body, 'utf8').toString('base64'),
    };
  }
  return workbookFile(await workbook(lines, kind), `${stem}.xlsx`);
}

/** The empty Excel import template (interchange.md): one sheet per kind. */
export async function templateFile(): Promise<GeneratedFile> {
  return workbookFile(await workbook([], undefined), 'mau-nhap-du-lieu.xlsx');
}

async function workbook(lines: Line[], kind: Kind | undefined): Promise<ExcelJS.Workbook> {
  const wb = await newWorkbook();
  for (const k of kind ? [kind] : KIND_ORDER)
    addTemplateSheet(
      wb,
      k,
      lines.filter((l) => l.kind === k),
    );
  return wb;
}
