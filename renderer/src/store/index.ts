import { create } from 'zustand';
import { caseListInitialState, createCaseListSlice } from './caseListSlice';
import { createInstallationSlice, installationInitialState } from './installationSlice';
import { createReferenceSlice, referenceInitialState } from './referenceSlice';
import type { AppState } from './state';

export type { AppState } from './state';

/** The app store. Components read it through {@link selectors} and call its named actions. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createInstallationSlice(...a),
  ...createReferenceSlice(...a),
  ...createCaseListSlice(...a),
}));

/** Puts every slice back to its initial state (tests, and after a fresh set-up). */
export function resetAppStore(): void {
  useAppStore.setState({ ...installationInitialState, ...referenceInitialState, ...caseListInitialState });
}

export { selectors } from './selectors';
