import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LUNAR } from '../../../db/calendar/lunar';
import { createCalendar } from '../../../shared/calendar/calendar';
import { petitionDeadlines, type PetitionTiming } from '../../../shared/reception/deadlines';

// One petition per deadline rule, each computed by hand across Tết 2023 (off 20–26/01/2023),
// Tết 2025 (27–31/01/2025) and Tết 2026 (16–20/02/2026), counting as a clerk does with a wall
// calendar: the day after the start is day 1, weekends and days off are not counted, and a calendar-
// day period ending on a day off moves to the next working day.

const calendar = createCalendar(VIETNAMESE_LUNAR);
const deadlines = (over: Partial<PetitionTiming>) =>
  petitionDeadlines(
    {
      content: 'khieu_nai',
      receivedOn: '2025-01-01',
      acceptedOn: null,
      round: 1,
      complex: false,
      especiallyComplex: false,
      remoteArea: false,
      multiplePlaces: false,
      extensions: 0,
      ...over,
    },
    calendar,
  );

describe('Luật Khiếu nại 2011, Điều 27: thụ lý within 10 working days of receipt', () => {
  it('Tết 2023: received 17/01/2023 → 07/02/2023', () => {
    expect(deadlines({ receivedOn: '2023-01-17' }).accept?.due).toBe('2023-02-07');
  });
  it('Tết 2025: received 22/01/2025 → 12/02/2025', () => {
    expect(deadlines({ receivedOn: '2025-01-22' }).accept?.due).toBe('2025-02-12');
  });
  it('Tết 2026: received 11/02/2026 → 04/03/2026, skipping the five days of Tết by name', () => {
    const accept = deadlines({ receivedOn: '2026-02-11' }).accept!;
    expect(accept.due).toBe('2026-03-04');
    expect(accept.skipped.filter((d) => d.kind !== 'weekend').map((d) => [d.date, d.reason])).toEqual(
      ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((d) => [d, 'Tết Nguyên đán']),
    );
    expect(accept.skipped.filter((d) => d.kind === 'weekend')).toHaveLength(6);
  });
});

describe('Luật Khiếu nại 2011, Điều 28: lần đầu 30 working days from the thụ lý (45 complex or remote)', () => {
  it('Tết 2023: the complaint of 16/01/2023, thụ lý the same day → 06/03/2023', () => {
    const d = deadlines({ receivedOn: '2023-01-16', acceptedOn: '2023-01-16' }).resolve!;
    expect(d).toMatchObject({ due: '2023-03-06', days: 30, fromKind: 'accepted', from: '2023-01-16' });
  });
  it('Tết 2025: thụ lý 24/01/2025 → 14/03/2025; remote area 45 days → 04/04/2025', () => {
    expect(deadlines({ receivedOn: '2025-01-20', acceptedOn: '2025-01-24' }).resolve?.due).toBe('2025-03-14');
    const remote = deadlines({ receivedOn: '2025-01-20', acceptedOn: '2025-01-24', remoteArea: true }).resolve!;
    expect(remote).toMatchObject({ due: '2025-04-04', days: 45 });
  });
  it('Tết 2026, no thụ lý date ("chưa ghi ngày thụ lý"): counts from the last thụ lý day 04/03/2026 → 15/04/2026', () => {
    const d = deadlines({ receivedOn: '2026-02-11' }).resolve!;
    expect(d).toMatchObject({ due: '2026-04-15', fromKind: 'acceptDeadline', from: '2026-03-04' });
    // The user guide's example: once the thụ lý of 02/03/2026 is recorded, 30 working days end on 13/04/2026.
    expect(deadlines({ receivedOn: '2026-02-11', acceptedOn: '2026-03-02' }).resolve?.due).toBe('2026-04-13');
  });
  it('a thụ lý after the 10 days is flagged late', () => {
    expect(deadlines({ receivedOn: '2026-02-11', acceptedOn: '2026-03-05' }).lateAcceptance).toBe(true);
    expect(deadlines({ receivedOn: '2026-02-11', acceptedOn: '2026-03-04' }).lateAcceptance).toBe(false);
  });
});

describe('Luật Khiếu nại 2011, Điều 37: lần hai 45 working days from the thụ lý (60 complex)', () => {
  it('Tết 2023: thụ lý 16/01/2023 → 27/03/2023', () => {
    expect(deadlines({ receivedOn: '2023-01-16', acceptedOn: '2023-01-16', round: 2 }).resolve?.due).toBe('2023-03-27');
  });
  it('Tết 2026: thụ lý 13/02/2026 → 24/04/2026; complex, 60 days across Giỗ Tổ (bù 27/4), 30/4 and 1/5 → 20/05/2026', () => {
    const base = { receivedOn: '2026-02-10', acceptedOn: '2026-02-13', round: 2 };
    expect(deadlines(base).resolve?.due).toBe('2026-04-24');
    const complex = deadlines({ ...base, complex: true }).resolve!;
    expect(complex.due).toBe('2026-05-20');
    expect(complex.skipped.filter((d) => d.kind !== 'weekend').map((d) => d.reason)).toEqual([
      'Tết Nguyên đán',
      'Tết Nguyên đán',
      'Tết Nguyên đán',
      'Tết Nguyên đán',
      'Tết Nguyên đán',
      // Sunday 26/4/2026 is Giỗ Tổ itself, made up on Monday 27/4.
      'Giỗ Tổ Hùng Vương',
      'nghỉ bù Giỗ Tổ Hùng Vương',
      'Ngày Chiến thắng (30/4)',
      'Ngày Quốc tế lao động (1/5)',
    ]);
  });
});

describe('Luật Tố cáo 2018, Điều 24: intake 7 working days, 10 when verified at several places', () => {
  it('Tết 2023: received 18/01/2023 → 03/02/2023; several places → 08/02/2023', () => {
    const base = { content: 'to_cao' as const, receivedOn: '2023-01-18' };
    expect(deadlines(base).accept?.due).toBe('2023-02-03');
    expect(deadlines({ ...base, multiplePlaces: true }).accept?.due).toBe('2023-02-08');
    // Complexity is not what lengthens the intake.
    expect(deadlines({ ...base, complex: true }).accept?.due).toBe('2023-02-03');
  });
  it('Tết 2025: received 23/01/2025 → 10/02/2025', () => {
    expect(deadlines({ content: 'to_cao', receivedOn: '2025-01-23' }).accept?.due).toBe('2025-02-10');
  });
  it('Tết 2026: received 09/02/2026, several places → 02/03/2026', () => {
    expect(deadlines({ content: 'to_cao', receivedOn: '2026-02-09', multiplePlaces: true }).accept?.due).toBe(
      '2026-03-02',
    );
  });
});

describe('Luật Tố cáo 2018, Điều 30: 30 days from the thụ lý, +30 once (complex), twice (especially complex)', () => {
  it('Tết 2023: thụ lý 22/12/2022 → 21/01/2023 is in Tết → 27/01/2023 (Bộ luật Dân sự 2015, Điều 148)', () => {
    const d = deadlines({ content: 'to_cao', receivedOn: '2022-12-20', acceptedOn: '2022-12-22' }).resolve!;
    expect(d).toMatchObject({ due: '2023-01-27', days: 30, dayType: 'calendar' });
  });
  it('Tết 2025: complex, one extension, thụ lý 28/11/2024 → 27/01/2025 is in Tết → 03/02/2025', () => {
    const d = deadlines({
      content: 'to_cao',
      receivedOn: '2024-11-20',
      acceptedOn: '2024-11-28',
      complex: true,
      extensions: 1,
    }).resolve!;
    expect(d).toMatchObject({ due: '2025-02-03', days: 60 });
  });
  it('Tết 2026: especially complex, two extensions, thụ lý 18/11/2025 → 16/02/2026 is in Tết → 23/02/2026', () => {
    const d = deadlines({
      content: 'to_cao',
      receivedOn: '2025-11-10',
      acceptedOn: '2025-11-18',
      especiallyComplex: true,
      extensions: 2,
    }).resolve!;
    expect(d).toMatchObject({ due: '2026-02-23', days: 90 });
  });
});

describe('Thông tư 05/2021/TT-TTCP: kiến nghị, phản ánh handled within 10 working days of receipt', () => {
  it.each([
    ['2023-01-13', '2023-02-03'],
    ['2025-01-24', '2025-02-14'],
    ['2026-02-13', '2026-03-06'],
  ])('received %s → %s', (receivedOn, due) => {
    expect(deadlines({ content: 'kien_nghi', receivedOn }).resolve?.due).toBe(due);
  });
});
