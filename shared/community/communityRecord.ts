import { COMMUNITY_TYPE_LABELS } from '../i18n/vi';
import { defineRecord } from '../record/define';
import { choice, optionalInt, optionalText, text } from '../record/field';

/** thôn or tổ dân phố (interchange.md codes). */
export const COMMUNITY_TYPES = ['thon', 'to_dan_pho'] as const;

/** A thôn / tổ dân phố (cộng đồng dân cư): the one definition of its fields. */
export const communityRecord = defineRecord({
  kind: 'community',
  label: 'thôn / tổ dân phố',
  interchange: { sheet: 'Thôn, tổ dân phố' },
  fields: {
    name: text(120, { label: 'Tên', search: true, line: { header: 'Tên thôn / tổ dân phố' } }),
    type: choice(COMMUNITY_TYPES, {
      label: 'Loại',
      labels: COMMUNITY_TYPE_LABELS,
      message: 'Loại phải là thôn hoặc tổ dân phố.',
    }),
    households: optionalInt({ label: 'Số hộ', min: 0, minMessage: 'Số hộ không được âm.' }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, search: true, line: false }),
  },
  list: {
    title: 'Thôn, tổ dân phố',
    fileStem: 'thon-to-dan-pho',
    columns: [
      { field: 'name', width: 32 },
      { field: 'type', width: 14 },
      { field: 'households', width: 10 },
      { field: 'note', width: 40 },
    ],
  },
  example: { name: 'Thôn Nà Lầu', type: 'thon', households: 112 },
});
