import type { StateCreator } from 'zustand';
import type { Community } from '../../../shared/community/schema';
import type { MediationTeam } from '../../../shared/mediation/schema';
import { call } from '../api';

/** Lists many screens pick from (thôn / tổ dân phố, tổ hòa giải), loaded once and refreshed after writes. */
export interface ReferenceState {
  communities: Community[];
  teams: MediationTeam[];
  communitiesLoaded: boolean;
  teamsLoaded: boolean;
}

/** Actions of the reference slice. */
export interface ReferenceActions {
  refreshCommunities(): Promise<Community[]>;
  refreshTeams(): Promise<MediationTeam[]>;
}

/** The reference slice. */
export type ReferenceSlice = ReferenceState & ReferenceActions;

/** Initial state of the reference slice. */
export const referenceInitialState: ReferenceState = {
  communities: [],
  teams: [],
  communitiesLoaded: false,
  teamsLoaded: false,
};

/** Creates the reference slice. */
export const createReferenceSlice: StateCreator<ReferenceSlice> = (set) => ({
  ...referenceInitialState,
  async refreshCommunities() {
    const page = await call('community.list', { limit: 1000 });
    set({ communities: page.items, communitiesLoaded: true });
    return page.items;
  },
  async refreshTeams() {
    const teams = await call('mediation.listTeams', {});
    set({ teams, teamsLoaded: true });
    return teams;
  },
});
