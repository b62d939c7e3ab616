import { Button } from 'antd';
import { ui } from '../i18n/ui';

/** "Hủy" and the primary button ("Lưu" unless told otherwise) under a dialog's form. */
export function FormActions({
  onCancel,
  onOk,
  loading,
  okText = ui.common.save,
  okTestId = 'save',
}: {
  onCancel: () => void;
  onOk: () => void;
  loading?: boolean;
  okText?: string;
  okTestId?: string;
}) {
  return (
    <>
      <Button onClick={onCancel}>{ui.common.cancel}</Button>
      <Button type="primary" data-testid={okTestId} loading={loading} onClick={onOk}>
        {okText}
      </Button>
    </>
  );
}
