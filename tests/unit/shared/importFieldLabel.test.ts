import { describe, expect, it } from 'vitest';
import { importFieldLabel } from '../../../renderer/features/records/fieldLabel';

/** Issue 15: an import problem names its column in Vietnamese, never by its code (receivedOn). */
describe('import problems, where they are', () => {
  it('names a field, a field of a sheet, an item of a list and the whole line in words', () => {
    expect(importFieldLabel('receivedOn')).toBe('Ngày tiếp nhận');
    expect(importFieldLabel('community')).toBe('Thôn / tổ dân phố');
    expect(importFieldLabel('Vụ việc!closedOn')).toBe('Vụ việc – Ngày kết thúc');
    expect(importFieldLabel('parties.1.name')).toBe('Các bên, mục thứ 2 – Tên');
    expect(importFieldLabel('')).toBe('(cả dòng)');
  });

  it('never shows a code, even for a column it does not know', () => {
    expect(importFieldLabel('x_unknownColumn')).toBe('Cột khác');
    for (const field of ['receivedOn', 'acceptedOn', 'petitionerIdNumber', 'Đơn!especiallyComplex', 'kind', 'id']) {
      expect(importFieldLabel(field)).not.toMatch(/[a-z][A-Z]|_/);
    }
  });
});
