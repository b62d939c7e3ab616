import { FIELD_LABELS } from '../../../shared/i18n/vi';
import { RECORDS } from '../../../shared/record/registry';
import { IMPORT_TEXT as T } from './importText';

let definitionLabels: Map<string, string> | undefined;

/** The records' own names of their fields and line columns (their definitions' labels), first kind first. */
function labelsOfDefinitions(): Map<string, string> {
  if (definitionLabels) return definitionLabels;
  const map = new Map<string, string>();
  for (const def of RECORDS) {
    const labels = def.labels as Readonly<Record<string, string>>;
    for (const [field, label] of Object.entries(labels)) if (!map.has(field)) map.set(field, label);
    for (const column of def.lineColumns) {
      const label = column.field ? labels[column.field] : column.person?.header;
      if (label && !map.has(column.name)) map.set(column.name, label);
    }
  }
  definitionLabels = map;
  return map;
}

/** A path segment's Vietnamese name: the shared field names, the definitions', then the import file's own. */
function segmentLabel(segment: string): string {
  return FIELD_LABELS[segment] ?? labelsOfDefinitions().get(segment) ?? T.fields[segment] ?? T.otherField;
}

/**
 * Where an import problem is, in words (issue 15: no field codes on screen): "receivedOn" → "Ngày
 * tiếp nhận", "Vụ việc!parties.1.name" → "Vụ việc – Các bên, mục thứ 2 – Tên", "" → "(cả dòng)".
 */
export function importFieldLabel(field: string): string {
  const bang = field.indexOf('!');
  const sheet = bang >= 0 ? field.slice(0, bang) : '';
  const path = (bang >= 0 ? field.slice(bang + 1) : field).split('.').filter(Boolean);
  const parts: string[] = [];
  for (const segment of path) {
    if (/^\d+$/.test(segment)) parts[parts.length - 1] += `, ${T.item(Number(segment) + 1)}`;
    else parts.push(segmentLabel(segment));
  }
  const where = parts.length > 0 ? parts.join(' – ') : T.wholeLine;
  return sheet ? `${sheet} – ${where}` : where;
}
