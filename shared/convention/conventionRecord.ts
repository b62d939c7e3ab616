import { z } from 'zod';
import { attachmentRef, type AttachmentRef } from '../attachment/schema';
import { datedOutcomesCell } from '../record/cells';
import { defineRecord } from '../record/define';
import { choice, custom, int, json, optionalDate, optionalInt, optionalText, ref, text } from '../record/field';
import { formatDate } from '../util/format';
import { excelDate } from '../record/list';
import { eventDate, optionalEventDate } from '../util/zod';
import {
  CONVENTION_STATUS_LABELS,
  CONVENTION_STATUSES,
  CONVENTION_TYPE_LABELS,
  CONVENTION_TYPES,
  REVIEW_OUTCOME_LABELS,
  REVIEW_OUTCOMES,
  VOTE_METHODS,
} from './codes';

const households = z.number().int().min(0, { message: 'Số hộ không được âm.' });

/** One vote on the draft (meeting or ballot) with its household figures. */
export const voteSchema = z
  .object({
    method: z.enum(VOTE_METHODS, { message: 'Hãy chọn hình thức biểu quyết.' }),
    on: eventDate,
    households: households.min(1, { message: 'Tổng số hộ phải lớn hơn 0.' }),
    present: households,
    approving: households,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.present > v.households)
      ctx.addIssue({ code: 'custom', path: ['present'], message: 'Số hộ tham gia không được lớn hơn tổng số hộ.' });
    if (v.approving > v.present)
      ctx.addIssue({
        code: 'custom',
        path: ['approving'],
        message: 'Số hộ tán thành không được lớn hơn số hộ tham gia.',
      });
  });
/** A vote. */
export type Vote = z.infer<typeof voteSchema>;

/** One status change with its decision (recognition, suspension, repeal). */
export const statusEventSchema = z.object({
  status: z.enum(CONVENTION_STATUSES),
  on: z.string(),
  decisionRef: z.string().nullable().default(null),
  deadline: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
});
/** A status event. */
export type StatusEvent = z.infer<typeof statusEventSchema>;

/** One annual review (rà soát, usually on 18/11) as stored and shown. */
export const reviewSchema = z.object({
  on: z.string(),
  outcome: z.enum(REVIEW_OUTCOMES, { message: 'Hãy chọn kết quả rà soát.' }),
  note: z.string().nullable().default(null),
});
/** A review. */
export type Review = z.infer<typeof reviewSchema>;

/** The reviews an interchange line carries: a date and an outcome each (the notes stay in the app). */
const lineReviews = z
  .array(z.object({ on: eventDate, outcome: z.enum(REVIEW_OUTCOMES) }).strict())
  .max(200)
  .default([]);
const attachments = z.array(attachmentRef).max(50);
const storedVote = z.object({
  method: z.enum(VOTE_METHODS),
  on: z.string(),
  households: z.number().int(),
  present: z.number().int(),
  approving: z.number().int(),
});
const notAtLine = { line: false } as const;

/**
 * A village convention (hương ước, quy ước, domain.md §D.4). The form edits its text and makers;
 * its lifecycle (consultation, vote, recognition, suspension, repeal, review) goes through
 * `convention.act`, and an interchange line carries the lifecycle's outcome.
 */
export const conventionRecord = defineRecord({
  kind: 'convention',
  label: 'hương ước, quy ước',
  interchange: {
    sheet: 'Hương ước, quy ước',
    order: [
      'community',
      'type',
      'title',
      'status',
      'adoptedOn',
      'recognizedOn',
      'decisionRef',
      'households',
      'householdsPresent',
      'householdsApproving',
      'statusOn',
      'reviews',
    ],
  },
  fields: {
    communityId: ref('community', {
      label: 'Thôn / tổ dân phố',
      message: 'Hãy chọn thôn / tổ dân phố.',
      line: { name: 'community', header: 'Thôn / tổ dân phố' },
    }),
    type: choice(CONVENTION_TYPES, {
      label: 'Loại',
      labels: CONVENTION_TYPE_LABELS,
      message: 'Hãy chọn hương ước hoặc quy ước.',
    }),
    title: text(300, { label: 'Tên', search: true, line: { header: 'Tên hương ước, quy ước' } }),
    content: optionalText(100_000, {
      label: 'Nội dung',
      form: 'Nội dung (chương, điều)',
      private: true,
      search: true,
      line: false,
    }),
    draftingTeam: optionalText(2000, { label: 'Tổ soạn thảo', private: true, search: true, line: false }),
    signatories: optionalText(1000, {
      label: 'Người ký',
      form: 'Người ký (Trưởng thôn, Trưởng ban công tác Mặt trận, 2 đại diện hộ gia đình)',
      private: true,
      search: true,
      line: false,
    }),
    officer: optionalText(200, { label: 'Công chức tham mưu', private: true, line: false }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, search: true, line: false }),
    attachments: json(attachments.default([]), attachments, z.array(attachmentRef), {
      label: 'Tệp đính kèm',
      form: 'Văn bản đính kèm',
      listPrivacy: ['name'],
      describe: (list: AttachmentRef[]) => list.map((a) => a.name).join(', '),
      line: false,
    }),
  },
  lifecycle: {
    versionNo: int({ label: 'Phiên bản', min: 1, default: 1, line: false }),
    supersedesId: optionalText(64, { label: 'Sửa đổi, thay thế cho', line: false }),
    consultationFrom: optionalDate('event', { label: 'Lấy ý kiến từ ngày', line: false }),
    consultationTo: optionalDate('planned', { label: 'Lấy ý kiến đến ngày', line: false }),
    consultationPlace: optionalText(300, { label: 'Địa điểm niêm yết dự thảo', line: false }),
    consultationResult: optionalText(4000, { label: 'Kết quả lấy ý kiến', private: true, line: false }),
    votes: json(z.array(voteSchema).default([]), z.array(voteSchema), z.array(storedVote), {
      label: 'Biểu quyết',
      nestedDates: { on: 'event' },
      ...notAtLine,
    }),
    status: choice(CONVENTION_STATUSES, { label: 'Tình trạng', labels: CONVENTION_STATUS_LABELS }),
    adoptedOn: optionalDate('event', { label: 'Ngày thông qua' }),
    submittedOn: optionalDate('event', { label: 'Ngày gửi hồ sơ', line: false }),
    recognizedOn: optionalDate('event', { label: 'Ngày công nhận' }),
    decisionRef: optionalText(100, {
      label: 'Số quyết định',
      search: true,
      line: { header: 'Số quyết định công nhận' },
    }),
    effectiveOn: optionalDate('planned', { label: 'Ngày có hiệu lực', line: false }),
    // Always stored; a line may leave it out (it then defaults to the recognition or adoption day).
    statusOn: custom(
      optionalEventDate,
      optionalEventDate,
      z.string(),
      'date',
      {
        type: 'date',
        date: 'event',
        required: false,
      },
      { label: 'Ngày của tình trạng', form: 'Từ ngày', line: { header: 'Ngày có tình trạng hiện tại' } },
    ),
    statusLog: json(z.array(statusEventSchema).default([]), z.array(statusEventSchema), z.array(statusEventSchema), {
      label: 'Diễn biến',
      listPrivacy: ['note'],
      nestedDates: { on: 'event', deadline: 'planned' },
      ...notAtLine,
    }),
    reviews: json(lineReviews, lineReviews, z.array(reviewSchema), {
      label: 'Rà soát',
      listPrivacy: ['note'],
      nestedDates: { on: 'event' },
      rule: {
        type: 'list',
        min: 0,
        max: 200,
        of: {
          type: 'object',
          members: {
            on: { type: 'date', date: 'event', required: true },
            outcome: { type: 'enum', values: REVIEW_OUTCOMES, required: true },
          },
        },
      },
      describe: (list: Review[]) =>
        list.map((r) => `${formatDate(r.on)}: ${REVIEW_OUTCOME_LABELS[r.outcome]}`).join('; '),
      line: { header: 'Rà soát (mỗi lần một dòng: ngày, kết quả)', cell: datedOutcomesCell },
    }),
  },
  // The household figures of the adopting vote, as a line gives them (interchange.md).
  lineOnly: {
    households: optionalInt({ label: 'Tổng số hộ', min: 0, minMessage: 'Số hộ không được âm.' }),
    householdsPresent: optionalInt({ label: 'Số hộ dự họp', min: 0, minMessage: 'Số hộ không được âm.' }),
    householdsApproving: optionalInt({ label: 'Số hộ tán thành', min: 0, minMessage: 'Số hộ không được âm.' }),
  },
  lineRules(c, issue) {
    const status = c.status as string;
    const adoptedOn = c.adoptedOn as string | null;
    const recognizedOn = c.recognizedOn as string | null;
    const statusOn = c.statusOn as string | null;
    const total = c.households as number | null;
    const present = c.householdsPresent as number | null;
    const approving = c.householdsApproving as number | null;
    if (['da_cong_nhan', 'tam_ngung'].includes(status) && !recognizedOn)
      issue('recognizedOn', 'Bắt buộc với hương ước, quy ước đã được công nhận.');
    if (adoptedOn && recognizedOn && recognizedOn < adoptedOn)
      issue('recognizedOn', 'Không được trước ngày thông qua.');
    const last = recognizedOn ?? adoptedOn;
    if (statusOn && last && statusOn < last) issue('statusOn', 'Không được trước ngày công nhận hoặc thông qua.');
    if (approving != null && total != null && approving > total)
      issue('householdsApproving', 'Không được lớn hơn tổng số hộ.');
    if (present != null && total != null && present > total)
      issue('householdsPresent', 'Không được lớn hơn tổng số hộ.');
  },
  list: {
    title: 'Hương ước, quy ước',
    fileStem: 'huong-uoc-quy-uoc',
    columns: [
      { header: 'Thôn / tổ dân phố', width: 22, value: (c: { communityName: string }) => c.communityName },
      { field: 'type', width: 12 },
      { field: 'title', width: 36 },
      { field: 'versionNo', header: 'Lần', width: 6 },
      { field: 'status', width: 24 },
      { field: 'statusOn', header: 'Từ ngày', width: 12 },
      { field: 'adoptedOn', width: 12 },
      {
        header: 'Quyết định công nhận',
        width: 24,
        value: (c: { decisionRef: string | null; recognizedOn: string | null }) =>
          c.decisionRef ? `${c.decisionRef} ngày ${formatDate(c.recognizedOn)}` : '',
      },
      {
        header: 'Rà soát gần nhất',
        width: 14,
        value: (c: { reviews: { on: string }[] }) => excelDate(c.reviews[c.reviews.length - 1]?.on ?? null),
      },
    ],
  },
  example: {
    communityId: 'thon-na-lau',
    type: 'huong_uoc',
    title: 'Hương ước thôn Nà Lầu',
    content: 'Chương I. Những quy định chung',
    draftingTeam: 'Ban công tác Mặt trận thôn',
  },
});
