import { Alert, Checkbox, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { CONTENT_LABELS, HOST_LABELS } from '../../../shared/i18n/vi';
import type { AnyRecord } from '../../../shared/record/define';
import { DENOUNCER_IDENTITY_MESSAGE } from '../../../shared/reception/codes';
import { SUMMARY_IDENTITY_MESSAGE, summaryIdentityHints } from '../../../shared/reception/identity';
import { visitRecord } from '../../../shared/reception/visitRecord';
import type { Content, Host } from '../../../shared/reception/codes';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { Field } from '../../components/Field';
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

/** The confidentiality notice shown instead of identity fields for a denunciation (domain.md §C.5). */
export function DenouncerNotice() {
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t.visits.denouncerTitle}
      description={DENOUNCER_IDENTITY_MESSAGE}
      data-testid="denouncer-notice"
    />
  );
}

/** The identity fields of a visit's citizen or a petition's author, and the summary. */
export interface PersonFields {
  name: string;
  address: string;
  idNumber: string;
}

/**
 * Who came or wrote, then the summary: for a denunciation only the secret register's reference
 * under the confidentiality notice, never an identity, and the check of a summary that looks like
 * one. `more`: further identity fields (a group's representatives).
 */
export function PersonOrSecret({
  denunciation,
  fields,
  labels,
  summary,
  more,
}: {
  denunciation: boolean;
  fields: PersonFields;
  labels: Readonly<Record<string, string>>;
  summary: string | undefined;
  more?: ReactNode;
}) {
  return (
    <>
      {denunciation ? (
        <>
          <DenouncerNotice />
          <Field name="secretRef" label={labels.secretRef}>
            <Input />
          </Field>
        </>
      ) : (
        <>
          <Field name={fields.name} label={labels[fields.name]}>
            <Input />
          </Field>
          <Flex gap={16}>
            <Field name={fields.address} label={labels[fields.address]} style={{ flex: 2 }}>
              <Input />
            </Field>
            <Field name={fields.idNumber} label={labels[fields.idNumber]} style={{ flex: 1 }}>
              <Input />
            </Field>
          </Flex>
          {more}
        </>
      )}
      <Field name="summary" label={labels.summary} rules={[{ required: true }]}>
        <Input.TextArea rows={3} />
      </Field>
      <SummaryIdentityCheck denunciation={denunciation} summary={summary} />
    </>
  );
}
