import { create } from 'zustand';
import { caseListInitialState, createCaseListSlice, type CaseListSlice } from './caseListSlice';
import { createInstallationSlice, installationInitialState, type InstallationSlice } from './installationSlice';
import { createReferenceSlice, referenceInitialState, type ReferenceSlice } from './referenceSlice';

/** The whole UI store: one zustand store made of slices (style.md, LobeChat). */
export type AppState = InstallationSlice & ReferenceSlice & CaseListSlice;

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
