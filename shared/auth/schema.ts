import { z } from 'zod';
import { text } from '../util/zod';
import { MAX_PASSWORD_LENGTH, passwordIssue } from './password';
import { ACCOUNT_ROLES, MODULES } from './roles';

/** An account's name as typed at sign-in (compared without case and diacritics). */
export const accountName = text(60).refine((n) => [...n].length >= 2, {
  message: 'Tên tài khoản cần ít nhất 2 ký tự.',
});

/** A password as typed (sign-in): never trimmed, only bounded. */
export const passwordInput = z
  .string()
  .min(1, { message: 'Hãy nhập mật khẩu.' })
  .max(MAX_PASSWORD_LENGTH, { message: 'Mật khẩu quá dài.' });

/** A new password: the rules of password.ts. */
export const newPassword = passwordInput.superRefine((p, ctx) => {
  const issue = passwordIssue(p);
  if (issue) ctx.addIssue({ code: 'custom', message: issue });
});

/** The first administrator of a protected installation (setup wizard, `qcdc init --admin`). */
export const adminInput = z.object({ name: accountName, password: newPassword }).strict();

/** An account as the account screen shows it (never a password or a key). */
export const accountSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ACCOUNT_ROLES),
  modules: z.array(z.enum(MODULES)),
  disabled: z.boolean(),
  createdAt: z.number().int(),
  passwordChangedAt: z.number().int().nullable(),
});
/** An account. */
export type Account = z.infer<typeof accountSchema>;

/** The signed-in account. */
export const sessionSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  role: z.enum(ACCOUNT_ROLES),
  modules: z.array(z.enum(MODULES)),
  /** Locked (idle or Ctrl+L): only `auth.unlock` (same account) or `auth.signOut` answer. */
  locked: z.boolean(),
});
/** A session. */
export type Session = z.infer<typeof sessionSchema>;

/** What the sign-in screen and the shell need before anything else. */
export const authStatusSchema = z.object({
  /** Accounts and encryption at rest are on. */
  protected: z.boolean(),
  /** The unit, known before sign-in (it is on the public card anyway). */
  installation: z.object({ role: z.enum(['commune', 'office']), code: z.string(), name: z.string() }).nullable(),
  session: sessionSchema.nullable(),
  /** Minutes without use before the app locks itself (0: never). */
  idleLockMinutes: z.number().int(),
});
/** The access status. */
export type AuthStatus = z.infer<typeof authStatusSchema>;

/** Idle-lock minutes an administrator may set. */
export const idleLockMinutes = z
  .number()
  .int()
  .min(1, { message: 'Thời gian tự khóa ít nhất 1 phút.' })
  .max(240, { message: 'Thời gian tự khóa tối đa 240 phút.' });

const empty = z.object({}).strict();
const accountRef = z.object({ id: z.string().min(1) }).strict();

/** The calls of accounts, sign-in, lock and protection (issue 12). */
export const authContract = {
  'auth.status': { input: empty, output: authStatusSchema, writes: false },
  'auth.signIn': {
    input: z.object({ name: accountName, password: passwordInput }).strict(),
    output: authStatusSchema,
    writes: false,
  },
  'auth.unlock': { input: z.object({ password: passwordInput }).strict(), output: authStatusSchema, writes: false },
  'auth.lock': { input: empty, output: authStatusSchema, writes: false },
  'auth.signOut': { input: empty, output: authStatusSchema, writes: false },
  'auth.activity': { input: empty, output: z.object({ ok: z.literal(true) }), writes: false },
  'auth.changePassword': {
    input: z.object({ current: passwordInput, next: newPassword }).strict(),
    output: z.object({ ok: z.literal(true) }),
    writes: true,
  },
  'auth.recover': {
    input: z.object({ recoveryCode: z.string().min(1).max(200), name: accountName, password: newPassword }).strict(),
    output: authStatusSchema,
    writes: true,
  },
  'auth.protect': {
    input: adminInput,
    output: z.object({ status: authStatusSchema, recoveryCode: z.string(), backupFile: z.string() }),
    writes: true,
  },
  'account.list': { input: empty, output: z.object({ items: z.array(accountSchema) }), writes: false },
  'account.create': {
    input: z
      .object({
        name: accountName,
        role: z.enum(ACCOUNT_ROLES, { message: 'Hãy chọn vai trò.' }),
        modules: z.array(z.enum(MODULES)).max(MODULES.length).default([]),
        password: newPassword,
      })
      .strict(),
    output: accountSchema,
    writes: true,
  },
  'account.update': {
    input: z
      .object({
        id: z.string().min(1),
        role: z.enum(ACCOUNT_ROLES).optional(),
        modules: z.array(z.enum(MODULES)).max(MODULES.length).optional(),
        disabled: z.boolean().optional(),
      })
      .strict(),
    output: accountSchema,
    writes: true,
  },
  'account.setPassword': {
    input: accountRef.extend({ password: newPassword }).strict(),
    output: accountSchema,
    writes: true,
  },
  'account.setIdleLock': {
    input: z.object({ minutes: idleLockMinutes }).strict(),
    output: authStatusSchema,
    writes: true,
  },
  'account.newRecoveryCode': { input: empty, output: z.object({ recoveryCode: z.string() }), writes: true },
} as const;
