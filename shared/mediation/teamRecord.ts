import { z } from 'zod';
import { defineRecord } from '../record/define';
import { custom, optionalDate, optionalText, ref } from '../record/field';
import { optionalText as optionalTextRule } from '../util/zod';

const name = optionalTextRule(200);

/** A mediation team (tổ hòa giải), one per thôn / tổ dân phố (Luật Hòa giải ở cơ sở, Điều 12). */
export const teamRecord = defineRecord({
  kind: 'mediation_team',
  label: 'tổ hòa giải',
  interchange: { sheet: 'Tổ hòa giải' },
  fields: {
    communityId: ref('community', {
      label: 'Thôn / tổ dân phố',
      message: 'Hãy chọn thôn / tổ dân phố.',
      line: { name: 'community', header: 'Thôn / tổ dân phố' },
    }),
    // Left empty, the team is named after its community ("Tổ hòa giải Thôn …"): stored, never null.
    name: custom(
      name,
      name,
      z.string(),
      'text',
      { type: 'text', max: 200, required: false },
      {
        label: 'Tên',
        form: 'Tên tổ hòa giải',
        line: { header: 'Tên tổ hòa giải' },
      },
    ),
    establishedOn: optionalDate('event', { label: 'Ngày thành lập', line: false }),
    decisionRef: optionalText(100, { label: 'Số quyết định', form: 'Số quyết định thành lập', line: false }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, line: false }),
  },
  list: {
    title: 'Tổ hòa giải',
    fileStem: 'to-hoa-giai',
    columns: [
      { header: 'Thôn / tổ dân phố', width: 28, value: (t: { communityName: string }) => t.communityName },
      { field: 'name', header: 'Tên tổ', width: 32 },
      { header: 'Số hòa giải viên', width: 14, value: (t: { activeMediators: number }) => t.activeMediators },
      { header: 'Trong đó nữ', width: 12, value: (t: { femaleMediators: number }) => t.femaleMediators },
      {
        header: 'Cảnh báo',
        width: 50,
        value: (t: { warnings: { message: string }[] }) => t.warnings.map((w) => w.message).join('\n'),
      },
    ],
  },
  example: { communityId: 'thon-na-lau', name: null, establishedOn: '2019-04-10', decisionRef: '58/QĐ-UBND' },
});
