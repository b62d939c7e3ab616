import { Form, type FormInstance, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import type { FormFailure } from './errors';
import { FormFailureAlert } from './FormFailureAlert';

/** Props of {@link DialogForm}: a vertical antd form, its fields, and the failure of its last save. */
export type DialogFormProps<V> = Omit<FormProps<V>, 'layout' | 'children' | 'title'> & {
  form: FormInstance<V>;
  failure: FormFailure | null;
  children: ReactNode;
};

/** The body of a form dialog: the failure alert, the fields, and a hidden submit button so Enter saves. */
export function DialogForm<V>({ failure, children, ...props }: DialogFormProps<V>) {
  return (
    <>
      <FormFailureAlert failure={failure} />
      <Form<V> layout="vertical" {...props}>
        {children}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </>
  );
}
