import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { DialogForm, type DialogFormProps } from './DialogForm';
import { FormActions } from './FormActions';
import type { FormSubmit } from './useFormSubmit';

/** Props of {@link FormModal}: the form's props, the modal's title, the save state and how to close. */
export type FormModalProps<V> = Omit<DialogFormProps<V>, 'failure'> & {
  title: ReactNode;
  submit: FormSubmit;
  onClose: () => void;
  /** A further button beside "Hủy" and "Lưu" (e.g. "Lưu và thêm hòa giải viên"). */
  extraAction?: ReactNode;
};

/** A modal holding one form, with "Hủy" and "Lưu" below it; "Lưu" or Enter submits the form. */
export function FormModal<V>({ title, submit, onClose, extraAction, ...formProps }: FormModalProps<V>) {
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <>
          {extraAction}
          <FormActions onCancel={onClose} onOk={() => formProps.form.submit()} loading={submit.submitting} />
        </>
      }
    >
      <DialogForm failure={submit.failure} {...formProps} />
    </Modal>
  );
}
