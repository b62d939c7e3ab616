import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { DialogForm, type DialogFormProps } from './DialogForm';
import { FormActions } from './FormActions';
import { useGuardedForm } from './useGuardedForm';
import type { FormSubmit } from './useFormSubmit';

/** Props of {@link FormModal}: the form's props, the modal's title, the save state and how to close. */
export type FormModalProps<V> = Omit<DialogFormProps<V>, 'failure' | 'guard'> & {
  title: ReactNode;
  submit: FormSubmit;
  onClose: () => void;
  /** A further button beside "Hủy" and "Lưu" (e.g. "Lưu và thêm hòa giải viên"). */
  extraAction?: ReactNode;
  /** Keeps a draft of a long form across a reload or a crash ("petition:new", "petition:ID"). */
  draft?: string;
  width?: number;
};

/**
 * A modal holding one form, with "Hủy" and "Lưu" below it; "Lưu" or Enter submits the form. Closing
 * it (click outside, Esc, Hủy, the X) with unsaved changes asks first.
 */
export function FormModal<V>({ title, submit, onClose, extraAction, draft, width, ...formProps }: FormModalProps<V>) {
  const guard = useGuardedForm(formProps.form, draft);
  const close = () => guard.close(onClose);
  return (
    <Modal
      open
      title={title}
      onCancel={close}
      destroyOnHidden
      width={width}
      footer={
        <>
          {extraAction}
          <FormActions onCancel={close} onOk={() => formProps.form.submit()} loading={submit.submitting} />
        </>
      }
    >
      <DialogForm failure={submit.failure} guard={guard} {...formProps} />
    </Modal>
  );
}
