import { Button, Flex, Form, Input, theme } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { AuthStatus } from '../../../shared/auth/schema';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { Heading, Text } from '../../components/Text';
import { useFormSubmit } from '../../components/useFormSubmit';
import { call } from '../../src/api';
import { LockCurtain } from './LockCurtain';
import { NewPasswordFields } from './NewPasswordFields';
import { accessUi as t } from './text';

// The sign-in, recovery and lock screens: loaded on demand by AccessShell, so a signed-in clerk's
// first screen does not carry their forms.

/**
 * A card drawn with the theme's own tokens: antd's Card brings its Tabs along (13 kB gzip), which
 * would put a protected installation's first screen, the sign-in, over the 300 kB budget.
 */
function AccessCard({ title, maxWidth, children }: { title?: ReactNode; maxWidth: number; children: ReactNode }) {
  const { token } = theme.useToken();
  const border = `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`;
  return (
    <section
      style={{
        width: '100%',
        maxWidth,
        background: token.colorBgContainer,
        border,
        borderRadius: token.borderRadiusLG,
        boxShadow: token.boxShadowTertiary,
      }}
    >
      {title ? (
        <h2
          style={{
            margin: 0,
            padding: `${token.paddingSM}px ${token.paddingLG}px`,
            borderBottom: border,
            fontSize: token.fontSizeLG,
            fontWeight: token.fontWeightStrong,
            color: token.colorTextHeading,
          }}
        >
          {title}
        </h2>
      ) : null}
      <div style={{ padding: token.paddingLG }}>{children}</div>
    </section>
  );
}

function AccessFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 24, background: '#f0f2f5' }}>
      <AccessCard title={title} maxWidth={460}>
        {children}
      </AccessCard>
    </Flex>
  );
}

/** The sign-in screen of a protected installation, with the way to the recovery code. */
export function SignInScreen({ status, onSignedIn }: { status: AuthStatus; onSignedIn: (s: AuthStatus) => void }) {
  const [recovering, setRecovering] = useState(false);
  const [form] = Form.useForm<{ name: string; password: string }>();
  const submit = useFormSubmit(form);
  if (recovering) return <RecoverScreen onDone={onSignedIn} onBack={() => setRecovering(false)} />;
  return (
    <AccessFrame title={t.signInTitle}>
      <Heading level={4} testId="signin-unit" style={{ marginBottom: '0.5em' }}>
        {status.installation?.name}
      </Heading>
      <Text paragraph tone="secondary">
        {t.signInIntro}
      </Text>
      <FormFailureAlert failure={submit.failure} />
      <Form
        form={form}
        name="signin"
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit.run(async () => onSignedIn(await call('auth.signIn', v)), null)}
      >
        <Form.Item name="name" label={t.accountName} rules={[{ required: true, whitespace: true }]}>
          <Input autoFocus autoComplete="username" maxLength={60} />
        </Form.Item>
        <Form.Item name="password" label={t.password} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" maxLength={200} />
        </Form.Item>
        <Flex justify="space-between" align="center">
          <Button type="link" style={{ paddingInline: 0 }} onClick={() => setRecovering(true)}>
            {t.forgot}
          </Button>
          <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="signin-submit">
            {t.signIn}
          </Button>
        </Flex>
      </Form>
    </AccessFrame>
  );
}

function RecoverScreen({ onDone, onBack }: { onDone: (s: AuthStatus) => void; onBack: () => void }) {
  const [form] = Form.useForm<{ recoveryCode: string; name: string; password: string; confirm: string }>();
  const submit = useFormSubmit(form);
  return (
    <AccessFrame title={t.recoverTitle}>
      <Text paragraph tone="secondary">
        {t.recoverIntro}
      </Text>
      <FormFailureAlert failure={submit.failure} />
      <Form
        form={form}
        name="recover"
        layout="vertical"
        requiredMark={false}
        onFinish={({ confirm: _c, ...v }) => void submit.run(async () => onDone(await call('auth.recover', v)), null)}
      >
        <Form.Item name="recoveryCode" label={t.recoveryCode} rules={[{ required: true, whitespace: true }]}>
          <Input autoFocus autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="name" label={t.accountName} rules={[{ required: true, whitespace: true }]}>
          <Input autoComplete="username" maxLength={60} />
        </Form.Item>
        <NewPasswordFields />
        <Flex justify="space-between">
          <Button onClick={onBack}>{t.backToSignIn}</Button>
          <Button type="primary" htmlType="submit" loading={submit.submitting}>
            {t.recover}
          </Button>
        </Flex>
      </Form>
    </AccessFrame>
  );
}

/** The lock laid over the page (which stays mounted under it): the password unlocks, or sign out. */
export function LockOverlay({
  name,
  onUnlocked,
  onSignOut,
}: {
  name: string;
  onUnlocked: (s: AuthStatus) => void;
  onSignOut: () => void;
}) {
  const [form] = Form.useForm<{ password: string }>();
  const submit = useFormSubmit(form);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Everything but the lock is out of reach, dialogs in their own portals too: an open form's
    // focus trap cannot pull the keyboard back under the lock.
    const others = [...document.body.children].filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== host.current && !el.inert,
    );
    for (const el of others) el.inert = true;
    form.focusField('password');
    return () => {
      for (const el of others) el.inert = false;
    };
  }, [form]);
  return createPortal(
    <LockCurtain ref={host} role="dialog" aria-modal="true" aria-labelledby="lock-title" data-testid="lock-overlay">
      <AccessCard maxWidth={420}>
        <Heading level={4} id="lock-title" style={{ marginBottom: '0.5em' }}>
          {t.lockedTitle}
        </Heading>
        <Text paragraph tone="secondary">
          {t.lockedText(name)}
        </Text>
        <FormFailureAlert failure={submit.failure} />
        <Form
          form={form}
          name="unlock"
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => void submit.run(async () => onUnlocked(await call('auth.unlock', v)), null)}
        >
          <Form.Item name="password" label={t.password} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" maxLength={200} />
          </Form.Item>
          <Flex justify="space-between">
            <Button
              onClick={() => {
                if (window.confirm(t.signOutConfirm)) onSignOut();
              }}
            >
              {t.signOut}
            </Button>
            <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="unlock-submit">
              {t.unlock}
            </Button>
          </Flex>
        </Form>
      </AccessCard>
    </LockCurtain>,
    document.body,
  );
}
