import { Button, Card, Flex, Form, Input, InputNumber, List, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { weekdayName } from '../../../shared/calendar/calendar';
import { HOLIDAY_NAMES, type HolidayCode } from '../../../shared/calendar/holidays';
import { noticeRecord } from '../../../shared/calendar/noticeRecord';
import type { CalendarYear } from '../../../shared/calendar/schema';
import { todayIso } from '../../../shared/util/dates';
import { formatDate, parseVietnameseDate } from '../../../shared/util/format';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { FormModal } from '../../components/FormModal';
import { useCall } from '../../components/hooks';
import { labelOptions } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { useDelete } from '../../components/useDelete';
import { useFormSubmit } from '../../components/useFormSubmit';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { calendarUi as t } from '../../i18n/calendar';
import { call } from '../../src/api';

/** The limits of the form, from the schema the server checks. */
const NOTICE_LIMITS = callLimits('calendar.createNotice');
const N = noticeRecord.formLabels;

/**
 * "Lịch nghỉ lễ, Tết": the days off of a year that every working-day deadline skips, where each comes
 * from (the labour code, a notice shipped with the app, or one the unit entered), and the form to
 * enter a notice the Government published after this version.
 */
export function CalendarPage() {
  const [year, setYear] = useState(Number(todayIso().slice(0, 4)));
  const [adding, setAdding] = useState(false);
  const data = useCall('calendar.year', { year });
  const remove = useDelete(data.reload);
  const y = data.data;
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        extra={
          <>
            <InputNumber
              aria-label={t.year}
              data-testid="calendar-year"
              min={1945}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
            <Button type="primary" data-testid="add-notice" onClick={() => setAdding(true)}>
              {t.add}
            </Button>
          </>
        }
      />
      {y ? (
        <YearView y={y} onDelete={(id, version) => remove(() => call('calendar.deleteNotice', { id, version }))} />
      ) : null}
      {adding ? (
        <NoticeForm
          year={year}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            data.reload();
          }}
        />
      ) : null}
    </>
  );
}

function YearView({ y, onDelete }: { y: CalendarYear; onDelete: (id: string, version: number) => Promise<void> }) {
  return (
    <Flex vertical gap={16}>
      {y.lunar.tet && y.lunar.hungKings ? (
        <Typography.Text data-testid="calendar-lunar">
          {t.lunar(formatDate(y.lunar.tet), formatDate(y.lunar.hungKings))}
        </Typography.Text>
      ) : null}
      <Card size="small" title={t.daysOff}>
        <Table
          size="small"
          rowKey="date"
          pagination={false}
          data-testid="calendar-days"
          dataSource={y.daysOff}
          columns={[
            { title: t.date, dataIndex: 'date', width: 110, render: (d: string) => formatDate(d) },
            { title: t.weekday, dataIndex: 'date', key: 'weekday', width: 100, render: (d: string) => weekdayName(d) },
            {
              title: t.reason,
              dataIndex: 'reason',
              render: (r: string, row) => (
                <>
                  <Tag>{t.kinds[row.kind]}</Tag> {r}
                </>
              ),
            },
            {
              title: t.source,
              dataIndex: 'source',
              render: (s: string, row) => (
                <>
                  {s}
                  {row.unconfirmed ? <Tag style={{ marginInlineStart: 6 }}>{t.unconfirmed}</Tag> : null}
                </>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t.workingDays}>
        {y.workingDays.length === 0
          ? t.noWorkingDays
          : y.workingDays.map((w) => `${formatDate(w.date)} (${weekdayName(w.date)}; ${w.source})`).join('; ')}
      </Card>
      <Card size="small" title={t.shipped}>
        {y.shipped.length === 0 ? (
          t.noShipped
        ) : (
          <List size="small" dataSource={y.shipped} renderItem={(n) => <List.Item>{n.ref}</List.Item>} />
        )}
      </Card>
      <Card size="small" title={t.own}>
        {y.notices.length === 0 ? (
          t.noOwn
        ) : (
          <List
            size="small"
            dataSource={y.notices}
            renderItem={(n) => (
              <List.Item
                extra={<ConfirmDelete what={t.deleteWhat(n.ref)} onConfirm={() => onDelete(n.id, n.version)} />}
              >
                {n.ref}: {n.covers.map((c) => HOLIDAY_NAMES[c]).join(', ')}
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}

interface NoticeValues {
  covers?: HolidayCode[];
  daysOff?: string;
  workingDays?: string;
  ref?: string;
  note?: string | null;
}

/** "01/05/2024, 02/05/2024" → ISO dates; throws with the first text that is not a date. */
function parseDates(text: string | undefined): string[] {
  const parts = (text ?? '')
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.map((p) => {
    const iso = parseVietnameseDate(p);
    if (!iso) throw new Error(t.badDate(p));
    return iso;
  });
}

function NoticeForm({ year, onClose, onSaved }: { year: number; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<NoticeValues>();
  const submit = useFormSubmit(form, noticeRecord.labels);
  return (
    <FormModal
      title={`${t.addTitle} ${year}`}
      submit={submit}
      onClose={onClose}
      form={form}
      name="notice"
      limits={NOTICE_LIMITS}
      initialValues={{ covers: ['tet_nguyen_dan'] }}
      onFinish={(v) =>
        void submit.run(async () => {
          await call('calendar.createNotice', {
            year,
            covers: v.covers ?? [],
            daysOff: parseDates(v.daysOff),
            workingDays: parseDates(v.workingDays),
            ref: v.ref ?? '',
            note: v.note ?? null,
          });
          onSaved();
        })
      }
    >
      <Typography.Paragraph type="secondary">{t.addHelp}</Typography.Paragraph>
      <Form.Item name="covers" label={N.covers} rules={[{ required: true }]}>
        <Select mode="multiple" options={labelOptions(HOLIDAY_NAMES)} />
      </Form.Item>
      <Form.Item name="daysOff" label={N.daysOff}>
        <Input.TextArea rows={2} placeholder="16/02/2026, 17/02/2026" />
      </Form.Item>
      <Form.Item name="workingDays" label={N.workingDays}>
        <Input placeholder="04/05/2024" />
      </Form.Item>
      <Field name="ref" label={N.ref} rules={[{ required: true }]}>
        <Input />
      </Field>
      <Field name="note" label={N.note}>
        <Input.TextArea rows={2} />
      </Field>
    </FormModal>
  );
}
