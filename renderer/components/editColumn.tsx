import { Button, Flex, type TableColumnType } from 'antd';
import { ui } from '../i18n/ui';
import { ConfirmDelete } from './ConfirmDelete';

/** The "Thao tác" column of a list the commune keeps: "Sửa" and "Xóa “name”" on every row. */
export function editColumn<T extends { name: string }>(
  onEdit: (row: T) => void,
  onDelete: (row: T) => Promise<void>,
): TableColumnType<T> {
  return {
    title: ui.common.actions,
    key: 'actions',
    width: 170,
    render: (_: unknown, row: T) => (
      <Flex gap={8}>
        <Button size="small" onClick={() => onEdit(row)}>
          {ui.common.edit}
        </Button>
        <ConfirmDelete what={ui.common.quoted(row.name)} onConfirm={() => onDelete(row)} />
      </Flex>
    ),
  };
}
