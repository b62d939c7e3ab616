import { App } from 'antd';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { anyDirty, flushAll, isSaving, settleAll } from './formGuard';
import { leaveUi } from '../i18n/leave';

/**
 * The app-wide half of "no silent loss" (issue 15), mounted once in the menu layout (React Router
 * allows one blocker): moving to another page — the menu, "Quay lại", the browser's back — while a
 * form holds unsaved changes asks first; reloading or closing the window lets the browser (or
 * Electron's main process) ask, after writing every pending draft.
 */
export function UnsavedGuard() {
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname && !isSaving() && anyDirty(),
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const dialog = modal.confirm({
      title: leaveUi.leaveTitle,
      content: leaveUi.leaveText,
      okText: leaveUi.leave,
      cancelText: leaveUi.stay,
      okButtonProps: { danger: true, 'data-testid': 'leave-page' },
      cancelButtonProps: { 'data-testid': 'stay-on-page' },
      autoFocusButton: 'cancel',
      onOk: () => {
        settleAll();
        blocker.proceed();
      },
      onCancel: () => blocker.reset(),
    });
    return () => dialog.destroy();
  }, [blocker, modal]);

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      flushAll();
      if (!anyDirty()) return;
      event.preventDefault();
      // Older engines (and Electron's will-prevent-unload) look at returnValue.
      event.returnValue = '';
    };
    const pageHide = () => flushAll();
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('pagehide', pageHide);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', pageHide);
    };
  }, []);

  return null;
}
