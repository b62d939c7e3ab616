import { z } from 'zod';
import { defineRecord } from '../record/define';
import { custom, json, optionalText, text } from '../record/field';
import { weekday } from '../util/dates';
import { plannedDate } from '../util/zod';
import { HOLIDAY_CODES, type HolidayCode } from './holidays';

const holidayCode = z.enum(HOLIDAY_CODES as [HolidayCode, ...HolidayCode[]], { message: 'Hãy chọn ngày lễ, Tết.' });
const year = z.number({ message: 'Hãy nhập năm.' }).int().min(1945).max(2100, { message: 'Năm từ 1945 đến 2100.' });
const covers = z.array(holidayCode).min(1, { message: 'Hãy chọn ít nhất một ngày lễ, Tết.' }).max(HOLIDAY_CODES.length);
const daysOff = z.array(plannedDate).max(31);
const workingDays = z.array(plannedDate).max(10);
const plannedDays = { type: 'list', of: { type: 'date', date: 'planned', required: true }, min: 0 } as const;

/**
 * A day-off notice an installation records (the Government's yearly notice): its days must lie in
 * its year, and the days worked instead must be a Saturday or a Sunday. It travels in bundles, so an
 * office counts a commune's deadlines with the commune's own calendar; it has no interchange line.
 */
export const noticeRecord = defineRecord({
  kind: 'day_off_notice',
  label: 'thông báo nghỉ lễ, Tết',
  interchange: false,
  fields: {
    year: custom(
      year,
      year,
      z.number().int(),
      'int',
      { type: 'int', min: 1945, max: 2100, required: true },
      {
        label: 'Năm',
      },
    ),
    covers: json(covers, covers, z.array(holidayCode), {
      label: 'Ngày lễ, Tết được thông báo',
      rule: { type: 'list', of: { type: 'enum', values: HOLIDAY_CODES, required: true }, min: 1, max: 99 },
    }),
    daysOff: json(daysOff.default([]), daysOff, z.array(z.string()), {
      label: 'Các ngày nghỉ',
      form: 'Các ngày nghỉ (dd/mm/yyyy, cách nhau bởi dấu phẩy)',
      nestedDates: { '': 'planned' },
      rule: { ...plannedDays, max: 31 },
    }),
    workingDays: json(workingDays.default([]), workingDays, z.array(z.string()), {
      label: 'Các ngày làm bù',
      form: 'Các ngày làm bù vào thứ Bảy, Chủ nhật (nếu có)',
      nestedDates: { '': 'planned' },
      rule: { ...plannedDays, max: 10 },
    }),
    ref: text(300, { label: 'Số, ngày thông báo' }),
    note: optionalText(2000, { label: 'Ghi chú', private: true }),
  },
  rules(n, issue) {
    const year = String(n.year);
    n.daysOff.forEach((d, i) => {
      if (!d.startsWith(year)) issue(`daysOff.${i}`, `Ngày nghỉ phải thuộc năm ${year}.`);
    });
    n.workingDays.forEach((d, i) => {
      if (!d.startsWith(year)) issue(`workingDays.${i}`, `Ngày làm bù phải thuộc năm ${year}.`);
      else if (weekday(d) !== 0 && weekday(d) !== 6)
        issue(`workingDays.${i}`, 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.');
    });
    if (n.daysOff.length === 0 && n.workingDays.length === 0)
      issue('daysOff', 'Hãy nhập ít nhất một ngày nghỉ hoặc ngày làm bù.');
  },
  example: {
    year: 2026,
    covers: ['tet_nguyen_dan'],
    daysOff: ['2026-02-16', '2026-02-17'],
    ref: 'Thông báo số 1/TB-BNV',
  },
});
