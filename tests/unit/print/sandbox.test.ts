import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumLaunchOptions, chromiumSandbox } from '../../../electron/cli/chromium';

// Issue 16, item 6: the PDF Chromium keeps its sandbox wherever the platform allows, and says why
// when it cannot (root on Linux) or was told not to.

describe('the PDF Chromium sandbox', () => {
  it('is on for an ordinary account on Linux, and on Windows and macOS', () => {
    expect(chromiumSandbox({}, 'linux', 1000)).toEqual({ enabled: true, reason: null });
    expect(chromiumSandbox({}, 'win32', undefined)).toEqual({ enabled: true, reason: null });
    expect(chromiumSandbox({}, 'darwin', 501)).toEqual({ enabled: true, reason: null });
    expect(chromiumLaunchOptions(chromiumSandbox({}, 'linux', 1000)).chromiumSandbox).toBe(true);
  });

  it('is off for root on Linux, with the reason in Vietnamese', () => {
    const decision = chromiumSandbox({}, 'linux', 0);
    expect(decision.enabled).toBe(false);
    expect(decision.reason).toContain('root');
    expect(decision.reason).toContain('hộp cát');
    expect(chromiumLaunchOptions(decision).chromiumSandbox).toBe(false);
  });

  it('is off when the administrator says so, and says so', () => {
    const decision = chromiumSandbox({ QCDC_CHROMIUM_NO_SANDBOX: '1' }, 'linux', 1000);
    expect(decision).toMatchObject({ enabled: false });
    expect(decision.reason).toContain('QCDC_CHROMIUM_NO_SANDBOX');
  });

  it('never passes --no-sandbox itself: the decision alone switches it', () => {
    expect(CHROMIUM_ARGS).not.toContain('--no-sandbox');
  });
});
