import { FIELD_LABELS } from '../../../shared/i18n/vi';
import { IMPORT_TEXT as T } from './importText';

/** A path segment's Vietnamese name: the shared field names, then the import file's own columns. */
function segmentLabel(segment: string): string {
  return FIELD_LABELS[segment] ?? T.fields[segment] ?? T.otherField;
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
