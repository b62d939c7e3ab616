import { Button, Flex, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import { ui } from '../i18n/ui';
import { ConfirmDelete } from './ConfirmDelete';

/** What {@link actionsColumn} shows on each row. */
export interface RowActions<T> {
  /** Buttons every user sees first (open, history, print…). */
  lead?: (row: T) => ReactNode;
  /** "Sửa" and "Xóa" are shown only when `editable` (the commune keeps these records). */
  editable: boolean;
  onEdit: (row: T) => void;
  onDelete: (row: T) => Promise<void>;
  /** The record as the delete confirmation names it ("Xóa lượt tiếp ngày 05/02/2026?"). */
  what: (row: T) => string;
  editTestId?: string;
  width?: number;
}

/** The "Thao tác" column of a list: the lead buttons, then "Sửa" and "Xóa …" where the user may change it. */
export function actionsColumn<T>(actions: RowActions<T>): TableColumnType<T> {
  return {
    title: ui.common.actions,
    key: 'actions',
    width: actions.width ?? 170,
    render: (_: unknown, row: T) => (
      <Flex gap={8} wrap>
        {actions.lead?.(row)}
        {actions.editable ? (
          <>
            <Button size="small" data-testid={actions.editTestId} onClick={() => actions.onEdit(row)}>
              {ui.common.edit}
            </Button>
            <ConfirmDelete what={actions.what(row)} onConfirm={() => actions.onDelete(row)} />
          </>
        ) : null}
      </Flex>
    ),
  };
}

/** The "Thao tác" column of a list the commune keeps: "Sửa" and "Xóa “name”" on every row. */
export function editColumn<T extends { name: string }>(
  onEdit: (row: T) => void,
  onDelete: (row: T) => Promise<void>,
): TableColumnType<T> {
  return actionsColumn<T>({ editable: true, onEdit, onDelete, what: (row) => ui.common.quoted(row.name) });
}
