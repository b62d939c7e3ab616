import { Button, Flex, Modal, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { OutputOf, RequestOf } from '../../../shared/contract/index';
import type { AnyRecord } from '../../../shared/record/define';
import { ExportButton } from '../../components/ExportButton';
import { HistoryView } from '../../components/HistoryView';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { useCall } from '../../components/hooks';
import { useDelete } from '../../components/useDelete';
import { useEditing } from '../../components/useEditing';
import { formatRecordValue } from '../../components/record';
import { peopleUi } from '../../i18n/people';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';

const t = peopleUi.common;

/** A list filter over a code → label map, "all" first; null means all. */
export function CodeFilter<K extends string>({
  value,
  onChange,
  labels,
  all,
  testId,
  minWidth = 220,
}: {
  value: K | null;
  onChange: (v: K | null) => void;
  labels: Readonly<Record<K, string>>;
  all: string;
  testId: string;
  minWidth?: number;
}) {
  return (
    <Select<K | ''>
      style={{ minWidth }}
      value={value ?? ''}
      onChange={(v) => onChange(v === '' ? null : v)}
      options={[
        { value: '' as const, label: all },
        ...(Object.keys(labels) as K[]).map((k) => ({ value: k, label: labels[k] })),
      ]}
      data-testid={testId}
      popupMatchSelectWidth={false}
    />
  );
}

/** The thôn / tổ dân phố of a record by its id, for history and lists. */
export function useCommunityName(): (to: string, id: string) => string | undefined {
  const communities = useAppStore(selectors.communities);
  return (to, id) => (to === 'community' ? communities.find((c) => c.id === id)?.name : undefined);
}

type HistoryCall = 'decision.history' | 'consultation.history' | 'supervision.bodyHistory';

/** "Lịch sử chỉnh sửa" of one record: who changed which field, when, before and after. */
export function HistoryButton({ call, id, definition }: { call: HistoryCall; id: string; definition: AnyRecord }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="open-history">
        {t.history}
      </Button>
      {open ? <HistoryModal call={call} id={id} definition={definition} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function HistoryModal({
  call,
  id,
  definition,
  onClose,
}: {
  call: HistoryCall;
  id: string;
  definition: AnyRecord;
  onClose: () => void;
}) {
  const history = useCall(call, { id });
  const names = useCommunityName();
  return (
    <Modal open title={t.history} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      {history.data ? (
        <HistoryView
          entries={history.data}
          labels={definition.labels}
          formatValue={(f, v) => formatRecordValue(definition, f, v, names)}
          fieldOrder={Object.keys(definition.fields)}
        />
      ) : null}
    </Modal>
  );
}

/** "In danh sách": the list as the screen filters it, on A4 (print/list). */
export function PrintListButton({ list, filters }: { list: string; filters: object }) {
  const query = new URLSearchParams({ list, filters: JSON.stringify(filters) });
  return (
    <Button onClick={() => navigate(`/print/list?${query.toString()}`)} data-testid="print-list">
      {t.print}
    </Button>
  );
}

/** What a list page of the people's pillars shows above its table. */
export interface ListHeaderProps {
  title: string;
  intro: string;
  /** The list's export (and print) request, with the filters the screen applies. */
  exportInput: RequestOf<'export.listXlsx'> & { filters: object };
  add: { label: string; testId: string; onClick: () => void } | null;
  search: {
    text: string;
    onChange: (t: string) => void;
    onSearch: (t: string) => void;
    placeholder: string;
    testId: string;
  };
  /** The filters beside the search box. */
  children: ReactNode;
}

/**
 * The top of a list page: title with "In danh sách", "Xuất Excel" and the add button (a commune only),
 * the page's one-line intro, the search box and the filters.
 */
export function ListHeader({ title, intro, exportInput, add, search, children }: ListHeaderProps) {
  return (
    <>
      <PageHeader
        title={title}
        extra={
          <>
            <PrintListButton list={exportInput.list} filters={exportInput.filters} />
            <ExportButton input={exportInput} />
            {add ? (
              <Button type="primary" data-testid={add.testId} onClick={add.onClick}>
                {add.label}
              </Button>
            ) : null}
          </>
        }
      />
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <SearchBox
          value={search.text}
          onChange={search.onChange}
          onSearch={search.onSearch}
          placeholder={search.placeholder}
          testId={search.testId}
          style={{ maxWidth: 360 }}
        />
        {children}
      </Flex>
    </>
  );
}

/** Rows per page of the people's lists. */
export const PAGE_SIZE = 20;

/** The list calls of the people's pages. */
type PeopleListCall = 'decision.list' | 'consultation.list' | 'supervision.listBodies';

/**
 * A people's list page: one page of rows for its filters, its add/edit form and its deletion (both
 * reload the page), and whether a filter is on (an empty list then says "nothing matches").
 */
export function usePeopleList<K extends PeopleListCall>(
  name: K,
  filters: Omit<RequestOf<K>, 'offset' | 'limit'>,
  page: number,
) {
  const input = { ...filters, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } as RequestOf<K>;
  const list = useCall(name, input);
  const edit = useEditing<OutputOf<K>['items'][number]>(list.reload);
  const deleteRow = useDelete(list.reload);
  return { list, edit, deleteRow, filtered: Object.values(filters).some(Boolean) };
}
