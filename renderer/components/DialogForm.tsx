import { Form, type FormInstance, type FormProps } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import type { FormFailure } from './errors';
import { LimitsProvider } from './Field';
import { FormFailureAlert } from './FormFailureAlert';
import type { Limits } from './limits';
import type { GuardedForm } from './useGuardedForm';

/** Props of {@link DialogForm}: a vertical antd form, its fields, the failure of its last save, its guard. */
export type DialogFormProps<V> = Omit<FormProps<V>, 'layout' | 'children' | 'title'> & {
  form: FormInstance<V>;
  failure: FormFailure | null;
  /** Change tracking and the draft of the form (`useGuardedForm`), owned by the dialog around it. */
  guard: GuardedForm;
  /** The limits of the call it saves with (`callLimits`), shown and checked by its `Field`s. */
  limits?: Limits;
  children: ReactNode;
};

/**
 * The body of a form dialog: the restored-draft notice, the failure alert, the fields, and a hidden
 * submit button so Enter saves (from a text field natively, from a radio button or checkbox through
 * {@link submitOnEnter}).
 */
export function DialogForm<V>({ failure, guard, limits, children, onValuesChange, ...props }: DialogFormProps<V>) {
  return (
    <LimitsProvider limits={limits}>
      {guard.notice}
      <FormFailureAlert failure={failure} />
      <Form<V>
        layout="vertical"
        onKeyDown={submitOnEnter}
        onValuesChange={(changed, all) => {
          guard.onValuesChange();
          onValuesChange?.(changed, all);
        }}
        {...props}
      >
        {children}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </LimitsProvider>
  );
}

/**
 * Enter on a radio button or checkbox submits its form, as Enter in a text field does: a clerk who
 * picked the last choice with the keyboard (or the mouse) saves without reaching for "Lưu".
 */
export function submitOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  const target = event.target as HTMLInputElement;
  if (event.key !== 'Enter' || target.tagName !== 'INPUT' || !['radio', 'checkbox'].includes(target.type)) return;
  event.preventDefault();
  target.form?.requestSubmit();
}
