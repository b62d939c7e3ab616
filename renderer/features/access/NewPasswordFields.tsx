import { Form, Input } from 'antd';
import { passwordIssue } from '../../../shared/auth/password';
import { accessUi as t } from './text';

// Tab goes from the password straight to its confirmation: the eye that shows the password is for
// the mouse (a tab stop between the two fields would take the confirmation's typing).
const TOGGLE = { tabIndex: -1 } as const;

/** A new password and its confirmation, with the passphrase advice. */
export function NewPasswordFields({ label = t.newPassword }: { label?: string }) {
  return (
    <>
      <Form.Item
        name="password"
        label={label}
        extra={t.passwordHelp}
        rules={[
          { required: true },
          {
            // The server's own rule, shown under the field as the clerk types.
            validator: (_r, v: string | undefined) => {
              const issue = v ? passwordIssue(v) : null;
              return issue ? Promise.reject(new Error(issue)) : Promise.resolve();
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" visibilityToggle={TOGGLE} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t.passwordConfirm}
        dependencies={['password']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_r, v: string | undefined) =>
              !v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t.passwordMismatch)),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" visibilityToggle={TOGGLE} />
      </Form.Item>
    </>
  );
}
