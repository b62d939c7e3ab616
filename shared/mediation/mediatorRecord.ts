import { GENDER_LABELS, MEDIATOR_ROLE_LABELS } from '../i18n/vi';
import { defineRecord } from '../record/define';
import { bool, choice, optionalDate, optionalInt, optionalText, ref, text } from '../record/field';
import { GENDERS, MEDIATOR_ROLES } from './codes';

/** A mediator (hòa giải viên) of a team (Luật Hòa giải ở cơ sở, Điều 7–8, 12). */
export const mediatorRecord = defineRecord({
  kind: 'mediator',
  label: 'hòa giải viên',
  interchange: { sheet: 'Hòa giải viên' },
  fields: {
    // The interchange format names the team by its community (one team per community).
    teamId: ref('mediation_team', {
      label: 'Tổ hòa giải',
      message: 'Hãy chọn tổ hòa giải.',
      line: { name: 'community', header: 'Thôn / tổ dân phố' },
    }),
    name: text(120, { label: 'Họ và tên', private: true, search: true }),
    gender: choice(GENDERS, { label: 'Giới tính', labels: GENDER_LABELS, message: 'Hãy chọn giới tính.' }),
    ethnicMinority: bool({ label: 'Dân tộc thiểu số', form: 'Người dân tộc thiểu số', default: false }),
    role: choice(MEDIATOR_ROLES, { label: 'Vai trò', labels: MEDIATOR_ROLE_LABELS, default: 'hoa_giai_vien' }),
    birthYear: optionalInt({ label: 'Năm sinh', min: 1900, max: 2100 }),
    recognizedOn: optionalDate('event', { label: 'Ngày công nhận' }),
    decisionRef: optionalText(100, {
      label: 'Số quyết định',
      form: 'Số quyết định công nhận',
      line: { header: 'Số quyết định công nhận' },
    }),
    leftOn: optionalDate('event', { label: 'Ngày thôi', form: 'Ngày thôi làm hòa giải viên' }),
    phone: optionalText(30, { label: 'Điện thoại', private: true, search: true, line: false }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, search: true, line: false }),
  },
  rules(m, issue) {
    if (m.leftOn && m.recognizedOn && m.leftOn < m.recognizedOn) {
      issue('leftOn', 'Ngày thôi làm hòa giải viên không được trước ngày công nhận.');
    }
  },
  list: {
    title: 'Hòa giải viên',
    fileStem: 'hoa-giai-vien',
    columns: [
      { field: 'name', width: 26 },
      { header: 'Thôn / tổ dân phố', width: 24, value: (m: { communityName: string }) => m.communityName },
      { field: 'gender', width: 10 },
      { field: 'ethnicMinority', width: 10 },
      { field: 'role', width: 14 },
      { field: 'recognizedOn', width: 14 },
      { field: 'decisionRef', width: 18 },
      { field: 'leftOn', width: 14 },
    ],
  },
  example: { teamId: 'to-hoa-giai', name: 'Hoàng Thị Mai', gender: 'nu', role: 'to_truong', birthYear: 1975 },
});
