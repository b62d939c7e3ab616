import { Button, Flex, Spin } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { AuthStatus } from '../../../shared/auth/schema';
import { errorText } from '../../components/errors';
import { ui } from '../../i18n/ui';
import { call, onSessionRefused } from '../../src/api';
import { resetAppStore } from '../../src/store';
import { LockCurtain } from './LockCurtain';
import { accessHeaderUi as t } from './headerText';
import { AccessContext, useAccess } from './accessContext';

export { useAccess };

// The first screen carries only the status, the idle watch and the lock's curtain: the sign-in,
// recovery and lock forms (antd Form, Input, Card…) load on demand, so a signed-in clerk's home
// does not download them before it appears.
const loadScreens = () => import('./AccessScreens');
const SignInScreen = lazy(() => loadScreens().then((m) => ({ default: m.SignInScreen })));
const LockOverlay = lazy(() => loadScreens().then((m) => ({ default: m.LockOverlay })));
const Result = lazy(() => import('antd/es/result').then((m) => ({ default: m.default })));

// Once the page is shown, the lock's form is fetched in the background: Ctrl+L or the idle minutes
// then lock at once, even if the files could no longer be read by then.
const PRELOAD_LOCK_AFTER_MS = 3000;

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
      <Suspense fallback={<FullPageLoading />}>
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
      </Suspense>
    );
  }
  if (!status) return <FullPageLoading />;
  if (status.protected && !status.session) {
    return (
      <Suspense fallback={<FullPageLoading />}>
        <SignInScreen status={status} onSignedIn={setStatus} />
      </Suspense>
    );
  }
  const locked = status.session?.locked ?? false;
  return (
    <AccessContext.Provider value={value}>
      {status.session ? <IdleWatcher status={status} onLock={() => void lock()} /> : null}
      <div inert={locked} aria-hidden={locked || undefined}>
        {children}
      </div>
      {locked && status.session ? (
        <Suspense fallback={<LockLoading />}>
          <LockOverlay name={status.session.name} onUnlocked={setStatus} onSignOut={() => void signOut()} />
        </Suspense>
      ) : null}
    </AccessContext.Provider>
  );
}

function FullPageLoading() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description={ui.app.loading} />
    </Flex>
  );
}

/** The lock while its form loads: the page is already hidden and out of reach. */
function LockLoading() {
  return createPortal(
    <LockCurtain role="status" aria-busy="true">
      <Spin size="large" description={ui.app.loading} />
    </LockCurtain>,
    document.body,
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
    const timer = window.setTimeout(() => void loadScreens().catch(() => undefined), PRELOAD_LOCK_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);

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

/** The signed-in account in the header, with lock and sign-out. */
export function AccountBadge() {
  const { status, lock, signOut } = useAccess();
  const session = status?.session;
  if (!session) return null;
  return (
    <Flex gap={8} align="center" data-testid="account-badge">
      <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>
        {t.signedInAs}: <b>{session.name}</b>
      </span>
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
