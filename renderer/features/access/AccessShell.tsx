import { Button, Card, Flex, Form, Input, Result, Spin, Typography } from 'antd';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { AuthStatus } from '../../../shared/auth/schema';
import { passwordIssue } from '../../../shared/auth/password';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { errorText } from '../../components/errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { ui } from '../../i18n/ui';
import { call, onSessionRefused } from '../../src/api';
import { resetAppStore } from '../../src/store';
import { accessUi as t } from './text';

interface AccessContextValue {
  status: AuthStatus | null;
  /** Reads the status again (after set-up, protection, an account change). */
  refresh(): Promise<void>;
  lock(): Promise<void>;
  signOut(): Promise<void>;
}

const AccessContext = createContext<AccessContextValue>({
  status: null,
  refresh: async () => undefined,
  lock: async () => undefined,
  signOut: async () => undefined,
});

/** The access status and actions, for the header and the settings. */
export function useAccess(): AccessContextValue {
  return useContext(AccessContext);
}

/**
 * Who may see the app (issue 12). A protected installation shows the sign-in screen until an
 * account signs in; a locked session lays the lock over the page without unmounting it, so an
 * unsaved form is still there after unlocking. The lock comes after the idle minutes the
 * administrator set, on Ctrl+L, or when the server refuses a call because the session locked.
 */
export function AccessShell({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setStatus(await call('auth.status', {}));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  const lock = useCallback(async () => setStatus(await call('auth.lock', {})), []);
  const signOut = useCallback(async () => {
    setStatus(await call('auth.signOut', {}));
    // The next account starts from a clean store (lists the previous one loaded).
    resetAppStore();
  }, []);

  useEffect(() => {
    let live = true;
    const load = () =>
      call('auth.status', {}).then(
        (s) => live && (setStatus(s), setError(null)),
        (e: unknown) => live && setError(errorText(e)),
      );
    void load();
    const off = onSessionRefused(() => void load());
    return () => {
      live = false;
      off();
    };
  }, []);

  const value = { status, refresh, lock, signOut };
  if (error) {
    return (
      <Result
        status="error"
        title={ui.app.startFailed}
        subTitle={error}
        extra={
          <Button type="primary" onClick={() => void refresh()}>
            {ui.app.retry}
          </Button>
        }
      />
    );
  }
  if (!status) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" description={ui.app.loading} />
      </Flex>
    );
  }
  if (status.protected && !status.session) {
    return <SignInScreen status={status} onSignedIn={setStatus} />;
  }
  const locked = status.session?.locked ?? false;
  return (
    <AccessContext.Provider value={value}>
      {status.session ? <IdleWatcher status={status} onLock={() => void lock()} /> : null}
      <div inert={locked} aria-hidden={locked || undefined}>
        {children}
      </div>
      {locked && status.session ? (
        <LockOverlay name={status.session.name} onUnlocked={setStatus} onSignOut={() => void signOut()} />
      ) : null}
    </AccessContext.Provider>
  );
}

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks after the idle minutes and on Ctrl+L; tells the server the user is still there. */
function IdleWatcher({ status, onLock }: { status: AuthStatus; onLock: () => void }) {
  const last = useRef(0);
  const pinged = useRef(0);
  const idleMs = status.idleLockMinutes * 60_000;
  const locked = status.session?.locked ?? false;

  useEffect(() => {
    if (locked) return;
    last.current = Date.now();
    pinged.current = last.current;
    const seen = () => {
      last.current = Date.now();
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        onLock();
      }
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, seen, { passive: true, capture: true });
    window.addEventListener('keydown', onKey, { capture: true });
    // Typing a long form makes no call: the server hears of the activity at most once a minute.
    const pingEvery = Math.min(60_000, idleMs / 3);
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (idleMs > 0 && now - last.current >= idleMs) onLock();
      else if (last.current > pinged.current && now - pinged.current >= pingEvery) {
        pinged.current = now;
        void call('auth.activity', {}).catch(() => undefined);
      }
    }, 1000);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, seen, { capture: true });
      window.removeEventListener('keydown', onKey, { capture: true });
      window.clearInterval(timer);
    };
  }, [idleMs, locked, onLock]);
  return null;
}

function AccessFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 24, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 460 }} title={title}>
        {children}
      </Card>
    </Flex>
  );
}

function SignInScreen({ status, onSignedIn }: { status: AuthStatus; onSignedIn: (s: AuthStatus) => void }) {
  const [recovering, setRecovering] = useState(false);
  const [form] = Form.useForm<{ name: string; password: string }>();
  const submit = useFormSubmit(form);
  if (recovering) return <RecoverScreen onDone={onSignedIn} onBack={() => setRecovering(false)} />;
  return (
    <AccessFrame title={t.signInTitle}>
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="signin-unit">
        {status.installation?.name}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t.signInIntro}</Typography.Paragraph>
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
      <Typography.Paragraph type="secondary">{t.recoverIntro}</Typography.Paragraph>
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
        <Input.Password autoComplete="new-password" />
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
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

function LockOverlay({
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
    <div
      ref={host}
      role="dialog"
      aria-modal="true"
      aria-labelledby="lock-title"
      data-testid="lock-overlay"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 3000,
        background: 'rgba(240, 242, 245, 0.97)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 24,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={4} id="lock-title" style={{ marginTop: 0 }}>
          {t.lockedTitle}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t.lockedText(name)}</Typography.Paragraph>
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
      </Card>
    </div>,
    document.body,
  );
}

/** The signed-in account in the header, with lock and sign-out. */
export function AccountBadge() {
  const { status, lock, signOut } = useAccess();
  const session = status?.session;
  if (!session) return null;
  return (
    <Flex gap={8} align="center" data-testid="account-badge">
      <Typography.Text type="secondary">
        {t.signedInAs}: <b>{session.name}</b>
      </Typography.Text>
      <Button size="small" onClick={() => void lock()} data-testid="lock-now">
        {t.lock}
      </Button>
      <Button
        size="small"
        onClick={() => {
          if (window.confirm(t.signOutConfirm)) void signOut();
        }}
      >
        {t.signOut}
      </Button>
    </Flex>
  );
}
