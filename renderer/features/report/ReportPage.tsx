import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Row,
  Segmented,
  Select,
  Space,
  Spin,
  Table,
  Typography,
  type TableProps,
  message,
} from 'antd';
import dayjs from 'dayjs';
import type { Report } from '../../../shared/report/schema';
import { todayIso } from '../../../shared/util/dates';
import { formatDate, formatNumber, formatPercent } from '../../../shared/util/format';
import { useFileExport } from '../../components/useFileExport';
import { call } from '../../src/api';
import { navigate, useRoute } from '../../src/router';
import { categoryRows } from '../print/documentText';
import { errorMessage, useCallValue } from '../print/useCallValue';
import { CompletenessAlert } from '../sync/CompletenessAlert';
import { SYNC_TEXT } from '../sync/text';
import {
  PERIOD_KINDS,
  PERIOD_LABELS,
  choiceFromParams,
  choiceToQuery,
  periodOfChoice,
  reportPrintRoute,
  type PeriodChoice,
  type PeriodKind,
} from './period';
import { Figure } from './Figure';
import { PublicFigures } from './PublicFigures';
import { ReportSettings } from './ReportSettings';
import { PeopleFigures } from './PeopleFigures';
import { ReceptionFigures } from './ReceptionFigures';

const DATE_FORMAT = 'DD/MM/YYYY';

/**
 * `#/report`: the period report (reports.md) on screen: choose a period, read the figures, open the
 * printable document or export it to Excel, and set what the printed document carries.
 */
export function ReportPage() {
  const thisYear = Number(todayIso().slice(0, 4));
  const { params } = useRoute();
  const choice = choiceFromParams(params, thisYear);
  const { kind, year } = choice;
  // The choice lives in the address (replacing the entry), so coming back from the print view keeps it.
  const choose = (next: Partial<PeriodChoice>) => {
    const merged = { ...choice, ...next };
    if (next.kind === 'custom' && choice.kind !== 'custom') {
      const current = periodOfChoice(choice);
      merged.from = current?.from ?? null;
      merged.to = current?.to ?? null;
    }
    window.location.replace(`#/report?${choiceToQuery(merged)}`);
  };
  const [messageApi, contextHolder] = message.useMessage();
  const exporter = useFileExport({
    message: messageApi,
    savedText: (path) => `Đã lưu tệp Excel: ${path}`,
    failureText: errorMessage,
  });

  const period = periodOfChoice(choice);
  const periodError = period && period.from > period.to ? 'Ngày cuối kỳ không được trước ngày đầu kỳ.' : null;
  const valid = period && !periodError ? period : null;
  const loaded = useCallValue(valid ? 'report.period' : null, valid ?? { from: '', to: '' });

  const exportXlsx = async () => {
    if (valid) await exporter.run(() => call('report.exportXlsx', valid));
  };

  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);

  return (
    <Flex vertical gap={16}>
      {contextHolder}
      <Typography.Title level={3} style={{ margin: 0 }}>
        Báo cáo kết quả thực hiện dân chủ ở cơ sở
      </Typography.Title>

      <Card title="Kỳ báo cáo" size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            {kind !== 'custom' && (
              <Select
                aria-label="Năm báo cáo"
                value={year}
                onChange={(y) => choose({ year: y })}
                options={years.map((y) => ({ value: y, label: `Năm ${y}` }))}
                style={{ width: 130 }}
              />
            )}
            <Segmented<PeriodKind>
              value={kind}
              onChange={(k) => choose({ kind: k })}
              options={PERIOD_KINDS.map((k) => ({ value: k, label: PERIOD_LABELS[k] }))}
            />
          </Space>
          {kind === 'custom' && (
            <Space wrap>
              <span>Từ ngày</span>
              <PeriodDate label="Từ ngày" value={choice.from} onChange={(from) => choose({ from })} />
              <span>đến ngày</span>
              <PeriodDate label="Đến ngày" value={choice.to} onChange={(to) => choose({ to })} />
            </Space>
          )}
          {period && !periodError && (
            <Typography.Text>
              Từ ngày <strong>{formatDate(period.from)}</strong> đến ngày <strong>{formatDate(period.to)}</strong>
            </Typography.Text>
          )}
          {periodError && <Alert type="warning" showIcon title={periodError} />}
          {!period && <Alert type="info" showIcon title="Hãy chọn ngày đầu kỳ và ngày cuối kỳ." />}
          <Space wrap>
            <Button type="primary" disabled={!valid} onClick={() => valid && navigate(reportPrintRoute(valid))}>
              Xem bản in
            </Button>
            <Button disabled={!valid} loading={exporter.busy} onClick={() => void exportXlsx()}>
              Xuất Excel
            </Button>
          </Space>
        </Flex>
      </Card>

      {valid && loaded.status === 'loading' && (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin description="Đang tính số liệu…" />
        </Flex>
      )}
      {valid && loaded.status === 'error' && (
        <Alert type="error" showIcon title="Không lập được báo cáo" description={loaded.message} />
      )}
      {valid && loaded.status === 'ok' && loaded.value.scope.role === 'office' && (
        <CompletenessAlert intro={SYNC_TEXT.reportCompletenessIntro} />
      )}
      {valid && loaded.status === 'ok' && <PublicFigures report={loaded.value} />}
      {valid && loaded.status === 'ok' && <MediationFigures report={loaded.value} />}
      {valid && loaded.status === 'ok' && <ReceptionFigures report={loaded.value} />}
      {valid && loaded.status === 'ok' && <PeopleFigures report={loaded.value} />}

      <ReportSettings />
    </Flex>
  );
}

/** A day of a custom period, typed and shown as dd/mm/yyyy; the value is `YYYY-MM-DD`. */
function PeriodDate({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  return (
    <DatePicker
      aria-label={label}
      format={DATE_FORMAT}
      placeholder="dd/mm/yyyy"
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
    />
  );
}

/** A small bordered table of report figures, on one page. */
function FigureTable<T extends object>(props: Omit<TableProps<T>, 'size' | 'pagination' | 'bordered'>) {
  return <Table<T> size="small" pagination={false} bordered {...props} />;
}

/** The mediation section of the report (reports.md § mediation) with Vietnamese number formats. */
export function MediationFigures({ report }: { report: Report }) {
  const m = report.mediation;
  const office = report.scope.role === 'office';
  const outcomes = [
    { key: 'successful', label: 'Hòa giải thành', value: m.successful },
    { key: 'unsuccessful', label: 'Hòa giải không thành (kể cả chấm dứt theo yêu cầu)', value: m.unsuccessful },
    { key: 'referred', label: 'Chuyển cơ quan có thẩm quyền', value: m.referred },
    { key: 'ongoing', label: 'Đang hòa giải, chưa giải quyết xong tại ngày cuối kỳ', value: m.ongoing },
  ];
  const figures = [
    { key: 'teams', xl: 4, title: 'Tổ hòa giải', value: formatNumber(m.teams) },
    {
      key: 'mediators',
      xl: 5,
      title: 'Hòa giải viên',
      value: formatNumber(m.mediators),
      note: `${formatNumber(m.mediatorsFemale)} nữ, ${formatNumber(m.mediatorsEthnicMinority)} người dân tộc thiểu số`,
    },
    { key: 'received', xl: 5, title: 'Vụ việc tiếp nhận', value: formatNumber(m.received) },
    { key: 'successful', xl: 5, title: 'Hòa giải thành', value: formatNumber(m.successful) },
    {
      key: 'rate',
      xl: 5,
      title: 'Tỷ lệ hòa giải thành',
      value: formatPercent(m.successRate),
      note: 'Hòa giải thành / tiếp nhận',
    },
  ];
  const categories = categoryRows(m).map((r, i) => ({ ...r, key: i }));
  return (
    <Card title="Hòa giải ở cơ sở" size="small">
      <Flex vertical gap={16}>
        {office && (
          <Typography.Text>Tổng hợp từ {formatNumber(report.scope.communes)} xã, phường, đặc khu.</Typography.Text>
        )}
        <Row gutter={[12, 12]}>
          {figures.map(({ key, xl, ...figure }) => (
            <Col key={key} xs={12} md={8} xl={xl}>
              <Figure {...figure} />
            </Col>
          ))}
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <FigureTable
              rowKey="key"
              dataSource={outcomes}
              columns={[
                { title: 'Kết quả tại ngày cuối kỳ', dataIndex: 'label' },
                { title: 'Số vụ việc', dataIndex: 'value', align: 'right', render: (v: number) => formatNumber(v) },
              ]}
            />
          </Col>
          <Col xs={24} lg={14}>
            <FigureTable
              rowKey="key"
              dataSource={categories}
              columns={[
                {
                  title: 'Lĩnh vực',
                  dataIndex: 'label',
                  render: (v: string, _r, i) => (i === categories.length - 1 ? <strong>{v}</strong> : v),
                },
                { title: 'Tiếp nhận', dataIndex: 'received', align: 'right' },
                { title: 'Hòa giải thành', dataIndex: 'successful', align: 'right' },
                { title: 'Tỷ lệ', dataIndex: 'rate', align: 'right' },
              ]}
            />
          </Col>
        </Row>
        {office && report.communes && report.communes.length > 0 && (
          <FigureTable
            rowKey="code"
            dataSource={report.communes}
            columns={[
              { title: 'Xã, phường, đặc khu', dataIndex: 'name' },
              { title: 'Tổ hòa giải', align: 'right', render: (_v, c) => formatNumber(c.mediation.teams) },
              { title: 'Hòa giải viên', align: 'right', render: (_v, c) => formatNumber(c.mediation.mediators) },
              { title: 'Tiếp nhận', align: 'right', render: (_v, c) => formatNumber(c.mediation.received) },
              { title: 'Hòa giải thành', align: 'right', render: (_v, c) => formatNumber(c.mediation.successful) },
              { title: 'Tỷ lệ', align: 'right', render: (_v, c) => formatPercent(c.mediation.successRate) },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
