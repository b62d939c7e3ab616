import { HOST_LABELS, SESSION_TYPE_LABELS } from '../i18n/vi';
import { defineRecord } from '../record/define';
import { choice, date, optionalText } from '../record/field';
import { HOSTS, SESSION_TYPES } from './codes';

/** A reception session (kỳ tiếp công dân, domain.md §C.1). */
export const sessionRecord = defineRecord({
  kind: 'reception_session',
  label: 'kỳ tiếp công dân',
  interchange: { sheet: 'Kỳ tiếp công dân' },
  fields: {
    heldOn: date('event', { label: 'Ngày', form: 'Ngày tiếp', line: { header: 'Ngày tiếp' } }),
    host: choice(HOSTS, { label: 'Người chủ trì', labels: HOST_LABELS, message: 'Hãy chọn người chủ trì tiếp.' }),
    type: choice(SESSION_TYPES, { label: 'Loại kỳ tiếp', labels: SESSION_TYPE_LABELS, default: 'dinh_ky' }),
    hostName: optionalText(120, { label: 'Họ tên người chủ trì', private: true, line: false }),
    place: optionalText(300, { label: 'Địa điểm', private: true, line: false }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, line: false }),
  },
  list: {
    title: 'Kỳ tiếp công dân',
    fileStem: 'ky-tiep-cong-dan',
    columns: [
      { field: 'heldOn', header: 'Ngày tiếp', width: 12 },
      {
        header: 'Người chủ trì',
        width: 36,
        value: (s: { host: keyof typeof HOST_LABELS; hostName: string | null }) =>
          [HOST_LABELS[s.host], s.hostName].filter(Boolean).join(' — '),
      },
      { field: 'type', header: 'Loại', width: 14 },
      { field: 'place', width: 30 },
    ],
  },
  example: { heldOn: '2025-06-16', host: 'chu_tich_ubnd', type: 'dinh_ky', place: 'Trụ sở UBND xã' },
});
