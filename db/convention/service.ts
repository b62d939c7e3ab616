import { AppError, ruleError } from '../../shared/contract/errors';
import { consultationTooShort, conventionStepError } from './messages';
import { MIN_CONSULTATION_DAYS, voteChecks, type ConventionStatus } from '../../shared/convention/codes';
import { conventionRuleOn, workingDaysBetween } from '../../shared/convention/rules';
import type { HolidayCalendar } from '../../shared/calendar/calendar';
import { holidayCalendar } from '../calendar/service';
import type { Convention, ConventionAction, ConventionFields, StatusEvent } from '../../shared/convention/schema';
import { postingDays } from '../../shared/disclosure/codes';
import { todayIso } from '../../shared/util/dates';
import { getCommunity } from '../community/service';
import { all, countOf, prepare, type Sql } from '../open';
import { fromRow, type Stored } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { matchingRows } from '../store/search';
import { conventionSpec, type ConventionData } from './spec';

type ConventionRecord = Stored<ConventionData>;

/** Filters and paging of the convention list. */
export interface ConventionQuery {
  search: string;
  communityId: string | null;
  status: ConventionStatus | null;
  offset: number;
  limit: number;
}

function communityNames(sql: Sql): Map<string, string> {
  const rows = prepare(sql, 'SELECT id, name FROM community').all() as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

function successorOf(sql: Sql, id: string): string | null {
  const row = prepare(sql, 'SELECT id FROM convention WHERE supersedes_id = ? AND deleted_at IS NULL').get(id) as
    { id: string } | undefined;
  return row?.id ?? null;
}

/** A stored convention as the contract returns it: names resolved, vote checks computed. */
export function toConvention(sql: Sql, c: ConventionRecord, names = communityNames(sql)): Convention {
  return {
    ...c,
    communityName: names.get(c.communityId) ?? '',
    supersededById: successorOf(sql, c.id),
    votes: c.votes.map((v) => ({ ...v, ...voteChecks(v) })),
    legalBasis: legalBasis(c),
    warnings: conventionWarnings(c, todayIso(), holidayCalendar(sql)),
  };
}

/** The date that decides a convention's regime: its recognition, else its adoption, else its status date. */
function regimeDate(c: Pick<ConventionData, 'recognizedOn' | 'adoptedOn' | 'statusOn'>): string {
  return c.recognizedOn ?? c.adoptedOn ?? c.statusOn;
}

/** The rule a convention falls under by its own dates, as its page states it. */
export function legalBasis(
  c: Pick<ConventionData, 'recognizedOn' | 'adoptedOn' | 'statusOn'>,
): Convention['legalBasis'] {
  const rule = conventionRuleOn(regimeDate(c));
  return { ruleId: rule.id, legalRef: rule.legalRef, recognizer: rule.recognizer, unconfirmed: rule.unconfirmed };
}

/** The most recent 18 November (Ngày hội đại đoàn kết toàn dân tộc) on or before `today`. */
export function lastUnityDay(today: string): string {
  const year = Number(today.slice(0, 4));
  return `${today >= `${year}-11-18` ? year : year - 1}-11-18`;
}

/**
 * Deadline and review warnings of a convention (domain.md §D.3), each by the rule in force on the
 * convention's own dates: the submission by the rule on the adoption day, the recognition by the rule
 * on the submission day (Quyết định 22/2018 set no period the app knows; Nghị định 61/2023 Điều 11:
 * 5 working days each, counted in the holiday calendar), the yearly review from Nghị định 61/2023.
 */
export function conventionWarnings(
  c: ConventionData,
  today: string,
  calendar: HolidayCalendar,
): Convention['warnings'] {
  const out: Convention['warnings'] = [];
  const submitLimit = c.adoptedOn ? conventionRuleOn(c.adoptedOn).submitWithinWorkingDays : null;
  if (c.adoptedOn && c.submittedOn && submitLimit !== null) {
    const days = workingDaysBetween(c.adoptedOn, c.submittedOn, calendar);
    if (days > submitLimit)
      out.push({
        code: 'late_submission',
        message: `Hồ sơ gửi sau ${days} ngày làm việc kể từ ngày thông qua (quy định: không quá ${submitLimit} ngày làm việc, ${conventionRuleOn(c.adoptedOn).legalRef}).`,
      });
  }
  const recognizeRule = c.submittedOn ? conventionRuleOn(c.submittedOn) : null;
  const recognizeLimit = recognizeRule?.recognizeWithinWorkingDays ?? null;
  if (c.submittedOn && c.recognizedOn && recognizeLimit !== null) {
    const days = workingDaysBetween(c.submittedOn, c.recognizedOn, calendar);
    if (days > recognizeLimit)
      out.push({
        code: 'late_recognition',
        message: `Quyết định công nhận ban hành sau ${days} ngày làm việc kể từ khi nhận hồ sơ (quy định: không quá ${recognizeLimit} ngày làm việc, ${recognizeRule!.legalRef}).`,
      });
  }
  const lastReview = c.reviews[c.reviews.length - 1]?.on ?? null;
  const since = [c.recognizedOn, lastReview]
    .filter((d): d is string => Boolean(d))
    .sort()
    .pop();
  const unityDay = lastUnityDay(today);
  if (c.status === 'da_cong_nhan' && since && since < unityDay && conventionRuleOn(unityDay).annualReview) {
    out.push({
      code: 'review_due',
      message: 'Chưa rà soát, đánh giá hằng năm (thường vào ngày 18/11; Nghị định 61/2023/NĐ-CP).',
    });
  }
  return out;
}

/** Lists conventions, newest version first within each community. */
export function listConventions(sql: Sql, input: ConventionQuery): { items: Convention[]; total: number } {
  let q = sql.qb
    .selectFrom('convention as v')
    .innerJoin('community as c', 'c.id', 'v.community_id')
    .where('v.deleted_at', 'is', null);
  if (input.communityId) q = q.where('v.community_id', '=', input.communityId);
  if (input.status) q = q.where('v.status', '=', input.status);
  const matching = matchingRows('convention', 'v', input.search);
  if (matching) q = q.where(matching);
  const total = countOf(sql, q);
  const rows = all(
    sql,
    q
      .selectAll('v')
      .orderBy('c.name')
      .orderBy('v.version_no', 'desc')
      .orderBy('v.id')
      .limit(input.limit)
      .offset(input.offset),
  );
  const names = communityNames(sql);
  return {
    items: rows.map((r) => toConvention(sql, fromRow(conventionSpec, r as unknown as Record<string, unknown>), names)),
    total,
  };
}

/** Reads one live convention. */
export function getConvention(sql: Sql, id: string): Convention {
  return toConvention(sql, requireLive(sql, conventionSpec, id));
}

function emptyLifecycle(today: string): Omit<ConventionData, keyof ConventionFields | 'versionNo' | 'supersedesId'> {
  return {
    consultationFrom: null,
    consultationTo: null,
    consultationPlace: null,
    consultationResult: null,
    votes: [],
    adoptedOn: null,
    submittedOn: null,
    recognizedOn: null,
    decisionRef: null,
    effectiveOn: null,
    status: 'soan_thao',
    statusOn: today,
    // Drafting is not a dated legal step: the history starts with the consultation or the vote,
    // which a clerk often records after the fact.
    statusLog: [],
    reviews: [],
  };
}

/** Records a new convention in drafting (version 1). */
export function createConvention(
  sql: Sql,
  fields: ConventionFields,
  writer: Writer,
  today: string = todayIso(),
): Convention {
  getCommunity(sql, fields.communityId);
  const data: ConventionData = { ...fields, versionNo: 1, supersedesId: null, ...emptyLifecycle(today) };
  return toConvention(sql, insertRecord(sql, conventionSpec, data, writer));
}

/** Updates the descriptive fields of a convention; its lifecycle is kept. */
export function updateConvention(
  sql: Sql,
  id: string,
  version: number | null,
  fields: ConventionFields,
  writer: Writer,
): Convention {
  const current = requireLive(sql, conventionSpec, id);
  getCommunity(sql, fields.communityId);
  if (current.supersedesId && fields.communityId !== current.communityId) {
    throw ruleError('communityId', 'Phiên bản sửa đổi phải thuộc cùng thôn / tổ dân phố với phiên bản trước.');
  }
  return toConvention(sql, updateRecord(sql, conventionSpec, id, version, { ...current, ...fields }, writer));
}

/** Deletes a convention that no later version refers to. */
export function deleteConvention(sql: Sql, id: string, version: number, writer: Writer): void {
  if (successorOf(sql, id)) {
    throw new AppError('RULE_VIOLATION', 'Không thể xóa: đã có phiên bản sửa đổi, thay thế dựa trên bản này.');
  }
  deleteRecord(sql, conventionSpec, id, version, writer);
}

/** Applies one lifecycle step (domain.md §D.3) as one versioned write. */
export function actOnConvention(
  sql: Sql,
  id: string,
  version: number,
  step: ConventionAction,
  writer: Writer,
  today: string = todayIso(),
): Convention {
  const current = requireLive(sql, conventionSpec, id);
  if (current.version !== version) throw new AppError('CONFLICT');
  if (step.action === 'amend') return amend(sql, current, step.title, writer, today);
  const next = applyStep(current, step);
  return toConvention(sql, updateRecord(sql, conventionSpec, id, version, next, writer));
}

function withStatus(c: ConventionData, event: StatusEvent): ConventionData {
  const last = c.statusLog[c.statusLog.length - 1];
  if (last && event.on < last.on) {
    throw conventionStepError(
      'on',
      `Ngày này không được trước ngày của bước trước (${last.on.split('-').reverse().join('/')}).`,
    );
  }
  return { ...c, status: event.status, statusOn: event.on, statusLog: [...c.statusLog, event] };
}

function event(status: ConventionStatus, on: string, extra: Partial<StatusEvent> = {}): StatusEvent {
  return {
    status,
    on,
    decisionRef: extra.decisionRef ?? null,
    deadline: extra.deadline ?? null,
    note: extra.note ?? null,
  };
}

function requireStatus(c: ConventionData, allowed: ConventionStatus[], what: string): void {
  if (!allowed.includes(c.status)) throw conventionStepError('step', `Chưa thể ${what} ở trạng thái hiện tại.`);
}

/** The record after one step; throws a Vietnamese rule error for a step out of order. */
export function applyStep(c: ConventionData, step: Exclude<ConventionAction, { action: 'amend' }>): ConventionData {
  switch (step.action) {
    case 'consult': {
      requireStatus(c, ['soan_thao', 'lay_y_kien'], 'lấy ý kiến');
      const days = postingDays(step.from, step.to);
      if (days === null || days < MIN_CONSULTATION_DAYS)
        throw conventionStepError('to', consultationTooShort(days ?? 0));
      const base = {
        ...c,
        consultationFrom: step.from,
        consultationTo: step.to,
        consultationPlace: step.place,
        consultationResult: step.result,
      };
      return c.status === 'lay_y_kien' ? base : withStatus(base, event('lay_y_kien', step.from));
    }
    case 'vote': {
      requireStatus(c, ['soan_thao', 'lay_y_kien'], 'biểu quyết thông qua');
      const votes = [...c.votes, step.vote];
      const result = voteChecks(step.vote);
      if (!result.passed) return { ...c, votes };
      return withStatus({ ...c, votes, adoptedOn: step.vote.on }, event('da_thong_qua', step.vote.on));
    }
    case 'submit':
      requireStatus(c, ['da_thong_qua'], 'gửi hồ sơ đề nghị công nhận');
      if (c.adoptedOn && step.on < c.adoptedOn)
        throw conventionStepError('on', 'Ngày gửi hồ sơ không được trước ngày thông qua.');
      return { ...c, submittedOn: step.on };
    case 'recognize':
      requireStatus(c, ['da_thong_qua'], 'công nhận');
      return withStatus(
        { ...c, recognizedOn: step.on, decisionRef: step.decisionRef, effectiveOn: step.effectiveOn ?? step.on },
        event('da_cong_nhan', step.on, { decisionRef: step.decisionRef }),
      );
    case 'suspend':
      requireStatus(c, ['da_cong_nhan'], 'tạm ngừng');
      return withStatus(
        c,
        event('tam_ngung', step.on, { decisionRef: step.decisionRef, deadline: step.deadline, note: step.note }),
      );
    case 'resume':
      requireStatus(c, ['tam_ngung'], 'cho thực hiện lại');
      return withStatus(c, event('da_cong_nhan', step.on, { decisionRef: step.decisionRef }));
    case 'repeal':
      requireStatus(c, ['da_cong_nhan', 'tam_ngung', 'da_thong_qua'], 'bãi bỏ');
      return withStatus(c, event('bai_bo', step.on, { decisionRef: step.decisionRef, note: step.note }));
    case 'review':
      requireStatus(c, ['da_cong_nhan', 'tam_ngung'], 'rà soát (chỉ rà soát hương ước, quy ước đã được công nhận)');
      if (c.recognizedOn && step.on < c.recognizedOn)
        throw conventionStepError('on', 'Ngày rà soát không được trước ngày công nhận.');
      return {
        ...c,
        reviews: [...c.reviews, { on: step.on, outcome: step.outcome, note: step.note }].sort((a, b) =>
          a.on.localeCompare(b.on),
        ),
      };
  }
}

function amend(sql: Sql, current: ConventionRecord, title: string | null, writer: Writer, today: string): Convention {
  if (!['da_cong_nhan', 'tam_ngung'].includes(current.status)) {
    throw conventionStepError('step', 'Chỉ sửa đổi, bổ sung hoặc thay thế hương ước, quy ước đã được công nhận.');
  }
  if (successorOf(sql, current.id)) throw conventionStepError('step', 'Bản này đã có phiên bản sửa đổi, thay thế.');
  const data: ConventionData = {
    communityId: current.communityId,
    type: current.type,
    title: title ?? current.title,
    versionNo: current.versionNo + 1,
    supersedesId: current.id,
    content: current.content,
    draftingTeam: current.draftingTeam,
    signatories: null,
    officer: current.officer,
    note: null,
    attachments: [],
    ...emptyLifecycle(today),
  };
  return toConvention(sql, insertRecord(sql, conventionSpec, data, writer));
}

/** Live conventions, for reports and the coverage board. */
export function liveConventions(sql: Sql): ConventionRecord[] {
  const rows = prepare(sql, 'SELECT * FROM convention WHERE deleted_at IS NULL ORDER BY version_no').all() as Record<
    string,
    unknown
  >[];
  return rows.map((r) => fromRow(conventionSpec, r));
}
