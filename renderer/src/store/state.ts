import type { CaseListSlice } from './caseListSlice';
import type { InstallationSlice } from './installationSlice';
import type { ReferenceSlice } from './referenceSlice';

/** The whole UI store: one zustand store made of slices (style.md, LobeChat); each slice knows only its own. */
export type AppState = InstallationSlice & ReferenceSlice & CaseListSlice;
