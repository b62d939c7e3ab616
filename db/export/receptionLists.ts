import type { z } from 'zod';
import type { listExportInput } from '../../shared/export/schema';
import {
  CONTENT_LABELS,
  HANDLING_LABELS,
  HOST_LABELS,
  PETITION_STATUS_LABELS,
  SESSION_TYPE_LABELS,
  SUPERVISION_BODY_LABELS,
} from '../../shared/i18n/vi';
import type { Content } from '../../shared/reception/codes';
import type { Sql } from '../open';
import { listDialogues, listSupervisions } from '../reception/meetings';
import { listPetitions } from '../reception/petitions';
import { listSessions } from '../reception/sessions';
import { listVisits } from '../reception/visits';
import type { Table } from './lists';
import { excelDate } from './workbook';

/** The export inputs of the reception lists. */
export type ReceptionListInput = Extract<
  z.output<typeof listExportInput>,
  { list: 'receptionSessions' | 'receptionVisits' | 'petitions' | 'dialogues' | 'supervisions' }
>;

const ALL = { offset: 0, limit: 1_000_000 };
const col = (header: string, width: number) => ({ header, width });

/** Who, as the lists show it: "Bảo mật" for a denunciation, initials otherwise (domain.md §G.3). */
function person(content: Content, masked: string | null): string {
  return content === 'to_cao' ? 'Bảo mật' : (masked ?? '');
}

/** A reception list as the screen filters and masks it. */
export function receptionTable(sql: Sql, input: ReceptionListInput): Table {
  switch (input.list) {
    case 'receptionSessions':
      return {
        title: 'Kỳ tiếp công dân',
        fileStem: 'ky-tiep-cong-dan',
        columns: [col('STT', 6), col('Ngày tiếp', 12), col('Người chủ trì', 36), col('Loại', 14), col('Địa điểm', 30)],
        rows: listSessions(sql, { ...input.filters, ...ALL }).items.map((s, i) => [
          i + 1,
          excelDate(s.heldOn),
          [HOST_LABELS[s.host], s.hostName].filter(Boolean).join(' — '),
          SESSION_TYPE_LABELS[s.type],
          s.place,
        ]),
      };
    case 'receptionVisits':
      return {
        title: 'Sổ tiếp công dân',
        fileStem: 'so-tiep-cong-dan',
        columns: [
          col('STT', 6),
          col('Ngày tiếp', 12),
          col('Người tiếp', 24),
          col('Công dân', 16),
          col('Số người', 10),
          col('Đoàn đông người', 12),
          col('Loại nội dung', 14),
          col('Nội dung vụ việc', 50),
          col('Hướng xử lý', 28),
        ],
        rows: listVisits(sql, { ...input.filters, ...ALL }).items.map((v, i) => [
          i + 1,
          excelDate(v.receivedOn),
          HOST_LABELS[v.host],
          person(v.content, v.citizenName),
          v.citizens,
          v.group ? 'Có' : '',
          CONTENT_LABELS[v.content],
          v.summary,
          v.handling ? HANDLING_LABELS[v.handling] : '',
        ]),
      };
    case 'petitions':
      return {
        title: 'Đơn thư',
        fileStem: 'don-thu',
        columns: [
          col('STT', 6),
          col('Ngày nhận đơn', 14),
          col('Loại đơn', 12),
          col('Người gửi', 16),
          col('Nội dung', 50),
          col('Thẩm quyền của xã', 10),
          col('Hướng xử lý', 28),
          col('Tình trạng', 16),
          col('Hạn giải quyết', 14),
          col('Ngày giải quyết xong', 14),
        ],
        rows: listPetitions(sql, { ...input.filters, ...ALL }).items.map((p, i) => [
          i + 1,
          excelDate(p.receivedOn),
          CONTENT_LABELS[p.content],
          person(p.content, p.petitionerName),
          p.summary,
          p.inCompetence ? 'Có' : 'Không',
          HANDLING_LABELS[p.handling],
          p.status ? PETITION_STATUS_LABELS[p.status] : '',
          p.handling === 'thu_ly' ? excelDate(p.resolveDeadline?.due) : '',
          excelDate(p.resolvedOn),
        ]),
      };
    case 'dialogues':
      return {
        title: 'Hội nghị đối thoại',
        fileStem: 'hoi-nghi-doi-thoai',
        columns: [col('STT', 6), col('Ngày', 12), col('Nội dung', 50), col('Người chủ trì', 24), col('Số người', 10)],
        rows: listDialogues(sql, { ...input.filters, ...ALL }).items.map((d, i) => [
          i + 1,
          excelDate(d.heldOn),
          d.topic,
          d.chairedBy,
          d.participants,
        ]),
      };
    case 'supervisions':
      return {
        title: 'Giám sát cộng đồng',
        fileStem: 'giam-sat-cong-dong',
        columns: [col('STT', 6), col('Ngày', 12), col('Ban giám sát', 34), col('Nội dung', 50), col('Kết luận', 40)],
        rows: listSupervisions(sql, { ...input.filters, ...ALL }).items.map((s, i) => [
          i + 1,
          excelDate(s.heldOn),
          SUPERVISION_BODY_LABELS[s.body],
          s.subject,
          s.conclusion,
        ]),
      };
  }
}
