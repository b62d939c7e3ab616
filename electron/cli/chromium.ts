/**
 * Chromium flags for headless runs in containers and CI: no GPU, shared memory or background
 * traffic. The sandbox is not switched here: {@link chromiumSandbox} decides it.
 */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium program to run: `CHROMIUM_PATH`, else the system one. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** The variable that turns the sandbox off where the system forbids it (a container without user namespaces). */
export const NO_SANDBOX_VARIABLE = 'QCDC_CHROMIUM_NO_SANDBOX';

/** Whether the PDF Chromium runs in its sandbox, and when not, why (Vietnamese, for stderr). */
export interface SandboxDecision {
  enabled: boolean;
  reason: string | null;
}

/**
 * The PDF Chromium renders pages built from the installation's own data, but a bug in it must
 * still not reach the files of the account: it runs in its sandbox wherever the platform allows.
 * On Linux, Chromium refuses to start its sandbox as root (the sandbox drops rights root would
 * keep), so root runs without it, and says so.
 */
export function chromiumSandbox(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  uid: number | undefined = process.getuid?.(),
): SandboxDecision {
  if (env[NO_SANDBOX_VARIABLE] === '1') {
    return {
      enabled: false,
      reason: `Chromium chạy không có hộp cát (sandbox) vì biến môi trường ${NO_SANDBOX_VARIABLE}=1.`,
    };
  }
  if (platform === 'linux' && uid === 0) {
    return {
      enabled: false,
      reason:
        'Chromium chạy không có hộp cát (sandbox): trên Linux, Chromium không dựng được hộp cát khi chạy bằng tài khoản root. ' +
        'Hãy chạy lệnh bằng một tài khoản thường để có hộp cát.',
    };
  }
  return { enabled: true, reason: null };
}

/** Playwright's launch options for the PDF Chromium (it adds --no-sandbox itself when the sandbox is off). */
export function chromiumLaunchOptions(sandbox: SandboxDecision = chromiumSandbox()): {
  executablePath: string;
  args: string[];
  chromiumSandbox: boolean;
} {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS, chromiumSandbox: sandbox.enabled };
}
