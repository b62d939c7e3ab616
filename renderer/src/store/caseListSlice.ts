import type { StateCreator } from 'zustand';
import type { CaseCategory, CaseStatus } from '../../../shared/mediation/codes';
import type { CASE_SORTS } from '../../../shared/mediation/schema';

/** Filters, sort and page of the case list; kept in the store so coming back from a case keeps them. */
export interface CaseListFilter {
  search: string;
  communityId: string | null;
  status: CaseStatus | null;
  category: CaseCategory | null;
  from: string | null;
  to: string | null;
  sort: (typeof CASE_SORTS)[number];
  page: number;
  pageSize: number;
}

/** State of the case-list slice. */
export interface CaseListState {
  caseFilter: CaseListFilter;
}

/** Actions of the case-list slice. */
export interface CaseListActions {
  /** Changes some filters; any change other than the page itself goes back to page 1. */
  setCaseFilter(patch: Partial<CaseListFilter>): void;
  resetCaseFilter(): void;
}

/** The case-list slice. */
export type CaseListSlice = CaseListState & CaseListActions;

/** The case list as first shown: newest first, no filter. */
export const defaultCaseFilter: CaseListFilter = {
  search: '',
  communityId: null,
  status: null,
  category: null,
  from: null,
  to: null,
  sort: 'receivedOn_desc',
  page: 1,
  pageSize: 20,
};

/** Initial state of the case-list slice. */
export const caseListInitialState: CaseListState = { caseFilter: defaultCaseFilter };

/** Creates the case-list slice. */
export const createCaseListSlice: StateCreator<CaseListSlice> = (set) => ({
  ...caseListInitialState,
  setCaseFilter(patch) {
    set((s) => {
      const pageOnly = Object.keys(patch).every((k) => k === 'page' || k === 'pageSize');
      return { caseFilter: { ...s.caseFilter, ...patch, page: pageOnly ? (patch.page ?? s.caseFilter.page) : 1 } };
    });
  },
  resetCaseFilter() {
    set((s) => ({ caseFilter: { ...defaultCaseFilter, pageSize: s.caseFilter.pageSize } }));
  },
});
