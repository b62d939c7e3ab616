import { Button, Popconfirm } from 'antd';
import { ui } from '../i18n/ui';

/** A "Xóa" button that asks "Xóa … ?" first. */
export function ConfirmDelete({
  what,
  onConfirm,
  size = 'small',
  disabled,
}: {
  what: string;
  onConfirm: () => Promise<void>;
  size?: 'small' | 'middle';
  disabled?: boolean;
}) {
  return (
    <Popconfirm
      title={ui.common.confirmDelete(what)}
      description={ui.common.deleteNote}
      okText={ui.common.delete}
      cancelText={ui.common.cancel}
      okButtonProps={{ danger: true }}
      onConfirm={onConfirm}
    >
      <Button danger size={size} disabled={disabled}>
        {ui.common.delete}
      </Button>
    </Popconfirm>
  );
}
