import { Table, type TableProps } from 'antd';
import { EmptyState } from './EmptyState';
import { FormFailureAlert } from './FormFailureAlert';
import { ui } from '../i18n/ui';

/** A page of a list as a list call returns it, with its loading and error state (`useCall`). */
export interface PagedList<T> {
  data?: { items: T[]; total: number };
  loading: boolean;
  error?: string;
}

/** Props of {@link PagedTable}: the list, its page, the empty text; the rest is the table's. */
export type PagedTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'locale' | 'pagination'> & {
  list: PagedList<T>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** Said when the list has no rows at all ("Chưa có đơn nào."). */
  empty: string;
  /** Said when a search or filter matched nothing ("Không tìm thấy đơn nào phù hợp…"). */
  noMatch?: string;
  /** A search text or a filter is applied: an empty page means nothing matched, not an empty list. */
  filtered?: boolean;
  testId: string;
};

/**
 * A server-paged list: its failure above it, rows keyed by id, paging, and a plain-Vietnamese empty
 * state that tells "nothing yet" from "nothing matched" (issue 15).
 */
export function PagedTable<T extends object>({
  list,
  page,
  pageSize,
  onPage,
  empty,
  noMatch = ui.common.noMatch,
  filtered = false,
  testId,
  ...table
}: PagedTableProps<T>) {
  return (
    <>
      {list.error ? <FormFailureAlert failure={{ message: list.error, unplaced: [] }} /> : null}
      <Table<T>
        rowKey="id"
        data-testid={testId}
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <EmptyState text={filtered ? noMatch : empty} /> }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: onPage }}
        {...table}
      />
    </>
  );
}
