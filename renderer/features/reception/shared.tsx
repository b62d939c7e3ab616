import { Alert, Checkbox, Form, Select, Tag, Typography } from 'antd';
import { CONTENT_LABELS, HOST_LABELS } from '../../../shared/i18n/vi';
import type { AnyRecord } from '../../../shared/record/define';
import { SUMMARY_IDENTITY_MESSAGE, summaryIdentityHints } from '../../../shared/reception/identity';
import { visitRecord } from '../../../shared/reception/visitRecord';
import type { Content, Host } from '../../../shared/reception/codes';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { labelOptions } from '../../components/options';
import { ui } from '../../i18n/ui';

const t = ui.reception;

/** Paging of the reception tables. */
export const PAGE_SIZE = 20;

/** A host filter for a list toolbar. */
export function HostFilter({ value, onChange }: { value: Host | null; onChange: (v: Host | null) => void }) {
  return (
    <Select<Host | ''>
      style={{ minWidth: 220 }}
      value={value ?? ''}
      onChange={(v) => onChange(v === '' ? null : v)}
      options={[{ value: '', label: t.visits.allHosts }, ...labelOptions(HOST_LABELS)]}
      data-testid="filter-host"
    />
  );
}

/** A content filter for a list toolbar. */
export function ContentFilter({ value, onChange }: { value: Content | null; onChange: (v: Content | null) => void }) {
  return (
    <Select<Content | ''>
      style={{ minWidth: 200 }}
      value={value ?? ''}
      onChange={(v) => onChange(v === '' ? null : v)}
      options={[{ value: '', label: t.visits.allContents }, ...labelOptions(CONTENT_LABELS)]}
      data-testid="filter-content"
    />
  );
}

/**
 * Who came, as a list shows it: "Bảo mật" for a denunciation, initials otherwise (the record page
 * shows the rest, domain.md §G.3).
 */
export function PersonCell({ content, name }: { content: Content; name: string | null }) {
  if (content === 'to_cao') return <Tag color="purple">{t.visits.confidential}</Tag>;
  return <Typography.Text>{name ?? ''}</Typography.Text>;
}

/** The number of people, with the group tag. */
export function PeopleCell({ citizens, group }: { citizens: number; group: boolean }) {
  return (
    <>
      {formatNumber(citizens)}
      {group ? (
        <Tag color="orange" style={{ marginInlineStart: 6 }}>
          {visitRecord.formLabels.group}
        </Tag>
      ) : null}
    </>
  );
}

/** A stored value as the history shows it: dates dd/mm/yyyy, codes by their Vietnamese label. */
export function formatReceptionValue(def: AnyRecord, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return ui.common.empty;
  if (typeof value === 'boolean') return value ? ui.common.yes : ui.common.no;
  if (typeof value === 'number') return formatNumber(value);
  const text = String(value);
  if (/On$/.test(field)) return formatDate(text);
  return def.stored[field]?.labels?.[text] ?? text;
}

/**
 * Under a denunciation's summary that looks like it holds a name or an ID number: the warning and
 * the box the clerk ticks to confirm it holds no denouncer identity (the call refuses it otherwise).
 */
export function SummaryIdentityCheck({
  denunciation,
  summary,
}: {
  denunciation: boolean;
  summary: string | undefined;
}) {
  if (!denunciation || summaryIdentityHints(summary ?? '').length === 0) return null;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        title={SUMMARY_IDENTITY_MESSAGE}
        data-testid="summary-identity"
      />
      <Form.Item name="summaryChecked" valuePropName="checked">
        <Checkbox data-testid="summary-checked">{t.visits.summaryChecked}</Checkbox>
      </Form.Item>
    </>
  );
}
