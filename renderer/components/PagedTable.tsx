import { Table, type TableProps } from 'antd';
import { EmptyState } from './EmptyState';
import { FormFailureAlert } from './FormFailureAlert';

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
  empty: string;
  testId: string;
};

/** A server-paged list: its failure above it, rows keyed by id, a plain-Vietnamese empty state, paging. */
export function PagedTable<T extends object>({
  list,
  page,
  pageSize,
  onPage,
  empty,
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
        locale={{ emptyText: <EmptyState text={empty} /> }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: onPage }}
        {...table}
      />
    </>
  );
}
