import type ExcelJS from 'exceljs';
import { AppError } from '../../shared/contract/errors';
import type { Kind, SupportedKind } from '../../shared/interchange/schema';
import { isSupportedKind } from '../../shared/interchange/schema';
import { getSetting } from '../installation/settings';
import { prepare, type Sql } from '../open';
import type { NameOf } from '../../shared/record/define';
import { KIND_ORDER } from './apply';
import { INTERCHANGE, interchangeOf } from './kinds';
import { conventionExportLine, disclosureExportLine } from './publicLines';
import { addTemplateSheet } from './xlsx';
import { newWorkbook, workbookFile, type GeneratedFile } from '../export/workbook';

type Line = Record<string, unknown>;

function liveRows(sql: Sql, table: string, order: string): Record<string, unknown>[] {
  return prepare(sql, `SELECT * FROM ${table} WHERE deleted_at IS NULL ORDER BY ${order}`).all() as Record<
    string,
    unknown
  >[];
}

/** Drops null members so exported lines stay short and re-import cleanly. */
function compact(line: Line): Line {
  return Object.fromEntries(Object.entries(line).filter(([, v]) => v !== null && v !== undefined));
}

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
  const communityName = { get: (id: string) => nameOf('community', id) };
  const byKind: Record<SupportedKind, Line[]> = {
    ...(Object.fromEntries(INTERCHANGE.map((k) => [k.definition.kind, k.lines(sql, nameOf)])) as Record<
      Exclude<SupportedKind, 'disclosure' | 'convention'>,
      Line[]
    >),
    disclosure: liveRows(sql, 'disclosure', 'published_on, created_at').map((r) => compact(disclosureExportLine(r))),
    convention: liveRows(sql, 'convention', 'created_at, version_no').map((r) =>
      compact(conventionExportLine(r, communityName.get(String(r.community_id)) ?? '')),
    ),
  };
  const kinds = kind ? [kind as SupportedKind] : KIND_ORDER;
  return kinds.flatMap((k) => byKind[k]);
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
  for (const k of kind ? [kind as SupportedKind] : KIND_ORDER)
    addTemplateSheet(
      wb,
      k,
      lines.filter((l) => l.kind === k),
    );
  return wb;
}
