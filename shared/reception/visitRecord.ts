import { CONTENT_LABELS, HANDLING_LABELS, HOST_LABELS } from '../i18n/vi';
import { defineRecord } from '../record/define';
import { bool, choice, date, int, optionalChoice, optionalText, text } from '../record/field';
import { CONTENTS, HOSTS, VISIT_HANDLINGS, type Content } from './codes';
import { identityFields, person, refuseDenouncerIdentity, secretRef } from './identity';

/** Who came, as the lists show it: "Bảo mật" for a denunciation, initials otherwise (domain.md §G.3). */
export function listedPerson(content: Content, masked: string | null): string {
  return content === 'to_cao' ? 'Bảo mật' : (masked ?? '');
}

const citizen = person('citizen', {
  line: 'citizen',
  header: 'Công dân (Họ tên; địa chỉ; số định danh) — không ghi với tố cáo',
  name: 'Họ tên công dân',
  address: 'Địa chỉ',
});

/**
 * A visit: one line of the Sổ tiếp công dân (Mẫu 03, domain.md §C.2). The search index holds the
 * summary and references only: names, addresses and ID numbers are not indexed, so a search cannot
 * be used to find out who came.
 */
export const visitRecord = defineRecord({
  kind: 'reception_visit',
  label: 'lượt tiếp công dân',
  interchange: { sheet: 'Sổ tiếp công dân' },
  persons: [citizen.group],
  fields: {
    receivedOn: date('event', { label: 'Ngày tiếp nhận', form: 'Ngày tiếp', line: { header: 'Ngày tiếp' } }),
    host: choice(HOSTS, { label: 'Người tiếp', labels: HOST_LABELS, message: 'Hãy chọn người tiếp.' }),
    citizens: int({ label: 'Số người', min: 1, max: 100_000, message: 'Phải là số nguyên.', default: 1 }),
    group: bool({ label: 'Đoàn đông người', column: 'is_group', default: false }),
    content: choice(CONTENTS, {
      label: 'Loại nội dung',
      labels: CONTENT_LABELS,
      message: 'Hãy chọn loại nội dung.',
    }),
    summary: text(4000, { label: 'Nội dung vụ việc', private: true, search: true, line: { absent: '(không ghi)' } }),
    handling: optionalChoice(VISIT_HANDLINGS, { label: 'Hướng xử lý', labels: HANDLING_LABELS }),
    ...citizen.fields,
    representatives: optionalText(600, {
      label: 'Người đại diện',
      form: 'Người đại diện của đoàn',
      private: true,
      identity: true,
      line: false,
    }),
    secretRef: secretRef(),
    resolvedBy: optionalText(300, { label: 'Cơ quan đã giải quyết', private: true, line: false }),
    forwardedTo: optionalText(300, {
      label: 'Chuyển đến',
      form: 'Chuyển đến cơ quan, tổ chức',
      private: true,
      search: true,
      line: false,
    }),
    followUp: optionalText(2000, {
      label: 'Theo dõi kết quả giải quyết',
      private: true,
      search: true,
      line: false,
    }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, search: true, line: false }),
  },
  rules(v, issue) {
    refuseDenouncerIdentity(v, identityFields(this.fields), issue);
  },
  list: {
    title: 'Sổ tiếp công dân',
    fileStem: 'so-tiep-cong-dan',
    columns: [
      { field: 'receivedOn', header: 'Ngày tiếp', width: 12 },
      { field: 'host', width: 24 },
      {
        header: 'Công dân',
        width: 16,
        value: (v: { content: Content; citizenName: string | null }) => listedPerson(v.content, v.citizenName),
      },
      { field: 'citizens', width: 10 },
      { field: 'group', width: 12 },
      { field: 'content', width: 14 },
      { field: 'summary', width: 50 },
      { field: 'handling', width: 28 },
    ],
  },
  example: {
    receivedOn: '2025-06-16',
    host: 'cong_chuc',
    citizens: 1,
    content: 'kien_nghi',
    summary: 'Kiến nghị sửa đường liên thôn',
    handling: 'thu_ly',
    citizenName: 'Đinh Thị Thu Hà',
    citizenAddress: 'Thôn Nà Lầu',
    citizenIdNumber: '001188009999',
  },
});
