import type { StateCreator } from 'zustand';
import type { Installation } from '../../../shared/installation/schema';
import { call } from '../api';
import { errorText } from '../../components/errors';

/** What the app knows about this installation (role, code, name, key fingerprint). */
export interface InstallationState {
  installation: Installation | null;
  /** Set when `installation.status` itself failed: the shell shows it with a retry button. */
  installationError: string | null;
}

/** Actions of the installation slice. */
export interface InstallationActions {
  loadInstallation(): Promise<void>;
  setInstallation(installation: Installation): void;
}

/** The installation slice. */
export type InstallationSlice = InstallationState & InstallationActions;

/** Initial state of the installation slice. */
export const installationInitialState: InstallationState = { installation: null, installationError: null };

/** Creates the installation slice. */
export const createInstallationSlice: StateCreator<InstallationSlice> = (set) => ({
  ...installationInitialState,
  async loadInstallation() {
    set({ installationError: null });
    try {
      set({ installation: await call('installation.status', {}) });
    } catch (e) {
      set({ installationError: errorText(e) });
    }
  },
  setInstallation(installation) {
    set({ installation, installationError: null });
  },
});
