import { createContext, useContext } from 'react';
import type { AuthStatus } from '../../../shared/auth/schema';

/** What {@link useAccess} gives: the access status and its actions. */
export interface AccessContextValue {
  status: AuthStatus | null;
  /** Reads the status again (after set-up, protection, an account change). */
  refresh(): Promise<void>;
  lock(): Promise<void>;
  signOut(): Promise<void>;
}

/**
 * Provided by AccessShell. Its own small module so a form (the draft of an account) can read it
 * without importing the shell: the bundler then keeps the first screen in fewer, smaller chunks.
 */
export const AccessContext = createContext<AccessContextValue>({
  status: null,
  refresh: async () => undefined,
  lock: async () => undefined,
  signOut: async () => undefined,
});

/** The access status and actions, for the header and the settings. */
export function useAccess(): AccessContextValue {
  return useContext(AccessContext);
}
