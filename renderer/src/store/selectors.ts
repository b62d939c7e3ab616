import type { AppState } from './state';

/**
 * Reads of the store, named so components do not reach into its shape. Each returns a stored
 * reference (never a new array or object), as zustand 5 requires of selectors.
 */
export const selectors = {
  installation: (s: AppState) => s.installation,
  installationError: (s: AppState) => s.installationError,
  isInitialised: (s: AppState) => s.installation?.initialised ?? false,
  isCommune: (s: AppState) => s.installation?.role === 'commune',
  communities: (s: AppState) => s.communities,
  communitiesLoaded: (s: AppState) => s.communitiesLoaded,
  teams: (s: AppState) => s.teams,
  teamsLoaded: (s: AppState) => s.teamsLoaded,
  caseFilter: (s: AppState) => s.caseFilter,
  setCaseFilter: (s: AppState) => s.setCaseFilter,
  resetCaseFilter: (s: AppState) => s.resetCaseFilter,
  loadInstallation: (s: AppState) => s.loadInstallation,
  setInstallation: (s: AppState) => s.setInstallation,
  refreshCommunities: (s: AppState) => s.refreshCommunities,
  refreshTeams: (s: AppState) => s.refreshTeams,
};
