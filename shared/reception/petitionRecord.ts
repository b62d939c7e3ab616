import { z } from 'zod';
import { CONTENT_LABELS, HANDLING_LABELS, PETITION_STATUS_LABELS } from '../i18n/vi';
import { defineRecord, type Issue } from '../record/define';
import { bool, choice, custom, date, int, optionalChoice, optionalDate, optionalText, text } from '../record/field';
import { excelDate } from '../record/list';
import { CONTENTS, FINISHED_STATUSES, PETITION_HANDLINGS, PETITION_STATUSES, type Content } from './codes';
import { identityFields, person, refuseDenouncerIdentity, secretRef } from './identity';
import { listedPerson } from './visitRecord';

const round = z.union([z.literal(1), z.literal(2)]);

interface PetitionDates {
  receivedOn: string;
  handling: string;
  acceptedOn: string | null;
  resolvedOn: string | null;
}

/** The dates of a petition in order: received ≤ thụ lý ≤ resolved (interchange.md v2). */
function checkPetitionDates(p: PetitionDates, issue: Issue) {
  if (p.acceptedOn && p.handling !== 'thu_ly') issue('acceptedOn', 'Chỉ đơn thụ lý mới có ngày thụ lý.');
  if (p.acceptedOn && p.acceptedOn < p.receivedOn) issue('acceptedOn', 'Ngày thụ lý không được trước ngày nhận đơn.');
  if (p.resolvedOn && p.resolvedOn < p.receivedOn) issue('resolvedOn', 'Ngày kết thúc không được trước ngày nhận đơn.');
  else if (p.resolvedOn && p.acceptedOn && p.resolvedOn < p.acceptedOn)
    issue('resolvedOn', 'Ngày kết thúc không được trước ngày thụ lý.');
}

interface DenunciationLevels {
  content: Content;
  complex: boolean;
  especiallyComplex: boolean;
  multiplePlaces: boolean;
  extensions: number;
}

/**
 * The levels of a denunciation (Luật Tố cáo 2018): verification at several places lengthens the
 * intake (Điều 24); a complex case allows one written extension, an especially complex one two, an
 * ordinary one none (Điều 30). More is refused, never silently capped.
 */
function checkDenunciationLevels(p: DenunciationLevels, issue: Issue) {
  const denunciation = p.content === 'to_cao';
  if (p.especiallyComplex && !denunciation)
    issue('especiallyComplex', 'Chỉ đơn tố cáo mới có mức "đặc biệt phức tạp" (Luật Tố cáo 2018, Điều 30).');
  if (p.multiplePlaces && !denunciation)
    issue('multiplePlaces', 'Chỉ đơn tố cáo mới ghi "xác minh ở nhiều địa điểm" (Luật Tố cáo 2018, Điều 24).');
  if (p.extensions > 0 && !denunciation) issue('extensions', 'Chỉ đơn tố cáo mới được gia hạn giải quyết.');
  const max = p.especiallyComplex ? 2 : p.complex ? 1 : 0;
  if (p.extensions > max) {
    issue(
      'extensions',
      max === 0
        ? 'Chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn (Luật Tố cáo 2018, Điều 30).'
        : max === 1
          ? 'Vụ việc phức tạp chỉ được gia hạn 1 lần; gia hạn 2 lần chỉ với vụ việc đặc biệt phức tạp (Luật Tố cáo 2018, Điều 30).'
          : 'Vụ việc đặc biệt phức tạp được gia hạn tối đa 2 lần (Luật Tố cáo 2018, Điều 30).',
    );
  }
}

const petitioner = person('petitioner', {
  line: 'petitioner',
  header: 'Người gửi đơn (Họ tên; địa chỉ; số định danh) — không ghi với tố cáo',
  name: 'Họ tên người gửi đơn',
  address: 'Địa chỉ người gửi đơn',
});

/**
 * A petition (đơn khiếu nại, tố cáo, kiến nghị, phản ánh) with the rules of interchange.md; names
 * are not indexed for search either.
 */
export const petitionRecord = defineRecord({
  kind: 'petition',
  label: 'đơn',
  interchange: { sheet: 'Đơn thư' },
  persons: [petitioner.group],
  fields: {
    receivedOn: date('event', { label: 'Ngày tiếp nhận', form: 'Ngày nhận đơn', line: { header: 'Ngày nhận đơn' } }),
    content: choice(CONTENTS, { label: 'Loại đơn', labels: CONTENT_LABELS, message: 'Hãy chọn loại đơn.' }),
    inCompetence: bool({
      label: 'Thuộc thẩm quyền của xã',
      form: 'Thuộc thẩm quyền giải quyết của xã',
      default: true,
      line: { required: true },
    }),
    summary: text(4000, {
      label: 'Nội dung đơn',
      private: true,
      search: true,
      line: { absent: '(không ghi)' },
    }),
    handling: choice(PETITION_HANDLINGS, {
      label: 'Hướng xử lý',
      labels: HANDLING_LABELS,
      message: 'Hãy chọn hướng xử lý.',
    }),
    status: optionalChoice(PETITION_STATUSES, {
      label: 'Tình trạng',
      form: 'Tình trạng giải quyết',
      labels: PETITION_STATUS_LABELS,
    }),
    acceptedOn: optionalDate('event', { label: 'Ngày thụ lý', addedValue: null }),
    resolvedOn: optionalDate('event', { label: 'Ngày giải quyết xong' }),
    complex: bool({ label: 'Vụ việc phức tạp', default: false }),
    especiallyComplex: bool({
      label: 'Tố cáo đặc biệt phức tạp',
      form: 'Đặc biệt phức tạp (được gia hạn tối đa 2 lần)',
      default: false,
      addedValue: false,
      line: { sinceV2: true },
    }),
    remoteArea: bool({ label: 'Vùng sâu, vùng xa', form: 'Vùng sâu, vùng xa, đi lại khó khăn', default: false }),
    multiplePlaces: bool({
      label: 'Xác minh ở nhiều địa điểm',
      form: 'Phải xác minh ở nhiều địa điểm (hạn thụ lý 10 ngày làm việc)',
      default: false,
      addedValue: false,
      line: { sinceV2: true, header: 'Tố cáo phải xác minh ở nhiều địa điểm (có / không)' },
    }),
    round: custom(
      round.default(1),
      round,
      z.number().int(),
      'int',
      { type: 'int', min: 1, max: 2, required: true },
      {
        label: 'Lần giải quyết',
        line: { header: 'Lần giải quyết khiếu nại (1 / 2)' },
      },
    ),
    extensions: int({
      label: 'Số lần gia hạn',
      form: 'Số lần gia hạn (tố cáo)',
      min: 0,
      max: 100,
      message: 'Số lần gia hạn phải là số nguyên.',
      default: 0,
      line: { header: 'Số lần gia hạn (tố cáo: phức tạp 1, đặc biệt phức tạp 2)' },
    }),
    ...petitioner.fields,
    secretRef: secretRef(),
    forwardedTo: optionalText(300, {
      label: 'Chuyển đến',
      form: 'Chuyển đến cơ quan, tổ chức',
      private: true,
      search: true,
      line: false,
    }),
    resolution: optionalText(4000, { label: 'Kết quả giải quyết', private: true, search: true, line: false }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, search: true, line: false }),
  },
  // A petition accepted for handling (thụ lý) is being resolved until it says otherwise.
  normalize: (p) => ({ ...p, status: p.handling === 'thu_ly' ? (p.status ?? 'dang_giai_quyet') : p.status }),
  rules(p, issue) {
    refuseDenouncerIdentity(p, identityFields(this.fields), issue);
    if (p.handling !== 'thu_ly' && p.status !== null)
      issue('status', 'Chỉ đơn đã thụ lý mới có tình trạng giải quyết.');
    const finished = p.status !== null && FINISHED_STATUSES.includes(p.status);
    if (finished && !p.resolvedOn) issue('resolvedOn', 'Đơn đã giải quyết hoặc đã rút phải có ngày kết thúc.');
    if (!finished && p.resolvedOn) issue('resolvedOn', 'Đơn chưa giải quyết xong thì không ghi ngày kết thúc.');
    checkPetitionDates(p, issue);
    if (p.round === 2 && p.content !== 'khieu_nai') issue('round', 'Chỉ đơn khiếu nại mới có lần giải quyết thứ hai.');
    checkDenunciationLevels(p, issue);
  },
  list: {
    title: 'Đơn thư',
    fileStem: 'don-thu',
    columns: [
      { field: 'receivedOn', header: 'Ngày nhận đơn', width: 14 },
      { field: 'content', width: 12 },
      {
        header: 'Người gửi',
        width: 16,
        value: (p: { content: Content; petitionerName: string | null }) => listedPerson(p.content, p.petitionerName),
      },
      { field: 'summary', header: 'Nội dung', width: 50 },
      {
        header: 'Thẩm quyền của xã',
        width: 10,
        value: (p: { inCompetence: boolean }) => (p.inCompetence ? 'Có' : 'Không'),
      },
      { field: 'handling', width: 28 },
      { field: 'status', width: 16 },
      {
        header: 'Hạn giải quyết',
        width: 14,
        value: (p: { handling: string; resolveDeadline: { due: string } | null }) =>
          p.handling === 'thu_ly' ? excelDate(p.resolveDeadline?.due) : '',
      },
      { field: 'resolvedOn', width: 14 },
    ],
  },
  example: {
    receivedOn: '2025-06-02',
    content: 'khieu_nai',
    inCompetence: true,
    summary: 'Khiếu nại thu hồi đất',
    handling: 'thu_ly',
    acceptedOn: '2025-06-03',
    status: 'da_giai_quyet',
    resolvedOn: '2025-06-30',
    petitionerName: 'Lê Văn An',
    petitionerIdNumber: '001188001234',
  },
});
