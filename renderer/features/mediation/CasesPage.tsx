import { Button, Flex, Select, Table, Tag, Typography, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { CASE_CATEGORY_LABELS, CASE_CATEGORY_SHORT, CASE_STATUS_LABELS } from '../../../shared/i18n/vi';
import { caseRecord } from '../../../shared/mediation/caseRecord';
import type { MediationCase } from '../../../shared/mediation/schema';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { DateField } from '../../components/DateField';
import { ExportButton } from '../../components/ExportButton';
import { EmptyState } from '../../components/EmptyState';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { useCall } from '../../components/hooks';
import { labelOptions } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { ui } from '../../i18n/ui';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import type { CaseListFilter } from '../../src/store/caseListSlice';
import { STATUS_COLORS } from './caseValues';
import { CommunityPicker } from './pickers';

const L = caseRecord.formLabels;

type SortOrder = 'ascend' | 'descend' | null;

function sortOrderOf(filter: CaseListFilter, column: 'receivedOn' | 'status' | 'community'): SortOrder {
  if (column === 'receivedOn') {
    return filter.sort === 'receivedOn_asc' ? 'ascend' : filter.sort === 'receivedOn_desc' ? 'descend' : null;
  }
  return filter.sort === column ? 'ascend' : null;
}

/** A clearable filter of the case list over a code → label map (status or category), kept in the store. */
function CodeFilter<F extends 'status' | 'category'>({
  field,
  label,
  labels,
  popupMatchSelectWidth,
}: {
  field: F;
  label: string;
  labels: Record<NonNullable<CaseListFilter[F]>, string>;
  popupMatchSelectWidth?: boolean;
}) {
  const value = useAppStore((s) => selectors.caseFilter(s)[field]);
  const setFilter = useAppStore(selectors.setCaseFilter);
  return (
    <Select<NonNullable<CaseListFilter[F]>>
      allowClear
      aria-label={label}
      placeholder={label}
      style={{ width: 190 }}
      popupMatchSelectWidth={popupMatchSelectWidth}
      data-testid={`case-filter-${field}`}
      value={value ?? undefined}
      options={labelOptions(labels)}
      onChange={(v) => setFilter({ [field]: v ?? null })}
    />
  );
}

/** A date bound of the case list's period (from or to), kept in the store. */
function DateFilter({ field, label }: { field: 'from' | 'to'; label: string }) {
  const value = useAppStore((s) => selectors.caseFilter(s)[field]);
  const setFilter = useAppStore(selectors.setCaseFilter);
  return (
    <DateField
      aria-label={label}
      placeholder={label}
      style={{ width: 150 }}
      value={value}
      onChange={(v) => setFilter({ [field]: v })}
    />
  );
}

/**
 * Vụ việc hòa giải: search (the server folds diacritics and đ, so "hoa giai" finds "hòa giải"),
 * filters, sortable columns and server paging. Filters live in the store so they survive a visit
 * to a case.
 */
export function CasesPage() {
  const isCommune = useAppStore(selectors.isCommune);
  const filter = useAppStore(selectors.caseFilter);
  const setFilter = useAppStore(selectors.setCaseFilter);
  const resetFilter = useAppStore(selectors.resetCaseFilter);
  const refreshCommunities = useAppStore(selectors.refreshCommunities);
  const [searchText, setSearchText] = useState(filter.search);
  const filters = {
    search: filter.search,
    communityId: filter.communityId,
    status: filter.status,
    category: filter.category,
    from: filter.from,
    to: filter.to,
    sort: filter.sort,
  };
  const list = useCall('mediation.listCases', {
    ...filters,
    offset: (filter.page - 1) * filter.pageSize,
    limit: filter.pageSize,
  });

  useEffect(() => {
    void refreshCommunities().catch(() => undefined);
  }, [refreshCommunities]);

  const filtered =
    filter.search !== '' ||
    filter.communityId !== null ||
    filter.status !== null ||
    filter.category !== null ||
    filter.from !== null ||
    filter.to !== null;

  const onTableChange: TableProps<MediationCase>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = s?.columnKey;
      const order = s?.order ?? null;
      if (key === 'receivedOn' && order) setFilter({ sort: order === 'ascend' ? 'receivedOn_asc' : 'receivedOn_desc' });
      else if ((key === 'status' || key === 'community') && order) setFilter({ sort: key });
      else setFilter({ sort: 'receivedOn_desc' });
      return;
    }
    setFilter({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? filter.pageSize });
  };

  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title={ui.cases.title}
        extra={
          <>
            <ExportButton input={{ list: 'cases', filters }} />
            {isCommune ? (
              <Button type="primary" data-testid="add-case" onClick={() => navigate('/mediation/cases/new')}>
                {ui.cases.add}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={8} style={{ marginBottom: 16 }}>
        <SearchBox
          value={searchText}
          onChange={setSearchText}
          onSearch={(v) => setFilter({ search: v })}
          placeholder={ui.cases.searchPlaceholder}
          testId="case-search"
          size="large"
        />
        <Flex gap={8} wrap align="center">
          <CommunityPicker
            allowClear
            aria-label={ui.cases.filterCommunity}
            placeholder={ui.cases.filterCommunity}
            style={{ width: 190 }}
            data-testid="case-filter-community"
            value={filter.communityId ?? undefined}
            onChange={(v) => setFilter({ communityId: v ?? null })}
          />
          <CodeFilter field="status" label={ui.cases.filterStatus} labels={CASE_STATUS_LABELS} />
          <CodeFilter
            field="category"
            label={ui.cases.filterCategory}
            labels={CASE_CATEGORY_LABELS}
            popupMatchSelectWidth={false}
          />
          <DateFilter field="from" label={ui.cases.filterFrom} />
          <DateFilter field="to" label={ui.cases.filterTo} />
          {filtered ? (
            <Button
              onClick={() => {
                setSearchText('');
                resetFilter();
              }}
            >
              {ui.cases.clearFilters}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {list.error ? <FormFailureAlert failure={{ message: list.error, unplaced: [] }} /> : null}
      <div data-testid="cases-table">
        <Table<MediationCase>
          rowKey="id"
          loading={list.loading}
          dataSource={items}
          onChange={onTableChange}
          onRow={(c) => ({ onDoubleClick: () => navigate(`/mediation/cases/${c.id}`) })}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (t, [from, to]) => ui.common.rangeOf(formatNumber(from), formatNumber(to), formatNumber(t)),
            hideOnSinglePage: false,
          }}
          locale={{
            emptyText: (
              <EmptyState
                text={filtered ? ui.cases.emptySearch : ui.cases.empty}
                action={
                  !filtered && isCommune ? (
                    <Button type="primary" onClick={() => navigate('/mediation/cases/new')}>
                      {ui.cases.add}
                    </Button>
                  ) : undefined
                }
              />
            ),
          }}
          columns={[
            {
              title: L.receivedOn,
              key: 'receivedOn',
              dataIndex: 'receivedOn',
              width: 140,
              sorter: true,
              sortDirections: ['descend', 'ascend', 'descend'],
              sortOrder: sortOrderOf(filter, 'receivedOn'),
              render: (d: string) => formatDate(d),
            },
            {
              title: L.communityId,
              key: 'community',
              dataIndex: 'communityName',
              sorter: true,
              sortDirections: ['ascend'],
              sortOrder: sortOrderOf(filter, 'community'),
            },
            {
              title: L.category,
              dataIndex: 'category',
              width: 130,
              render: (c: MediationCase['category']) => CASE_CATEGORY_SHORT[c],
            },
            {
              title: L.summary,
              dataIndex: 'summary',
              render: (s: string, c) => (
                <>
                  <a href={`#/mediation/cases/${c.id}`} data-testid="case-link">
                    {s.length > 140 ? `${s.slice(0, 140)}…` : s}
                  </a>
                  {c.parties.length > 0 ? (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {c.parties.map((p) => p.name).join(', ')}
                      </Typography.Text>
                    </div>
                  ) : null}
                </>
              ),
            },
            {
              title: L.status,
              key: 'status',
              dataIndex: 'status',
              width: 200,
              sorter: true,
              sortDirections: ['ascend'],
              sortOrder: sortOrderOf(filter, 'status'),
              render: (s: MediationCase['status'], c) => (
                <>
                  <Tag color={STATUS_COLORS[s]}>{CASE_STATUS_LABELS[s]}</Tag>
                  {c.closedOn ? (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {formatDate(c.closedOn)}
                      </Typography.Text>
                    </div>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      </div>
    </>
  );
}
