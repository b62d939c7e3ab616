import { AppError, type ErrorCode } from '../../shared/contract/errors';
import type { Dispatch } from '../../shared/contract/result';
import type { CaseStatus } from '../../shared/mediation/codes';
import { addDays, todayIso } from '../../shared/util/dates';
import { seedPeople } from './people';
import { seedReception } from './reception';
import {
  CASE_TEMPLATES,
  DEMO_COMMUNE,
  DEMO_COMMUNITIES,
  DEMO_OFFICE,
  INVITED,
  OUTCOME_NOTES,
  type DemoCommunity,
} from './data';
import { seedConventions, seedDisclosures } from './public';

/** Options of {@link seedDemo}. */
export interface DemoOptions {
  role: 'commune' | 'office';
  /** "Today" of the demo year (tests pin it); defaults to the real date. */
  today?: string;
  /** How many cases over the last twelve months. */
  cases?: number;
  /** Fixed seed, so the same day gives the same demo. */
  seed?: number;
  onProgress?: (done: number, total: number) => void;
  /** Another demo commune's code, name and place (the office demo builds several); default Kim Bình. */
  commune?: { code: string; name: string; placeName: string };
}

/** What the demo created. */
export interface DemoSummary {
  role: 'commune' | 'office';
  code: string;
  name: string;
  keyId: string | null;
  fingerprint: string | null;
  communities: number;
  teams: number;
  mediators: number;
  cases: number;
}

interface Stored {
  id: string;
  version: number;
}

/**
 * Creates a realistic demo installation through the dispatcher, as a clerk would through the app,
 * so every record is validated by the same rules and written to the change log.
 */
export async function seedDemo(dispatch: Dispatch, options: DemoOptions): Promise<DemoSummary> {
  const send = async <T>(call: string, input: unknown): Promise<T> => {
    const result = await dispatch(call, input);
    if (!result.ok) throw new AppError(result.error.code as ErrorCode, result.error.message, result.error.issues);
    return result.value as T;
  };
  if (options.role === 'office') return seedOffice(send);

  const today = options.today ?? todayIso();
  const random = mulberry32(options.seed ?? 20_250_701);
  const unit = options.commune ?? DEMO_COMMUNE;
  const status = await send<{ keyId: string | null; fingerprint: string | null }>('installation.setup', {
    role: 'commune',
    code: unit.code,
    name: unit.name,
    province: DEMO_COMMUNE.province,
    userName: DEMO_COMMUNE.clerk,
    communities: DEMO_COMMUNITIES.map((c) => ({ name: c.name, type: 'thon', households: c.households })),
  });
  await send('installation.updateSettings', {
    placeName: unit.placeName,
    signerTitle: DEMO_COMMUNE.signerTitle,
    signerName: DEMO_COMMUNE.signerName,
    officeName: DEMO_COMMUNE.officeName,
    userName: DEMO_COMMUNE.clerk,
  });
  const listed = await send<{ items: { id: string; name: string }[] }>('community.list', {});
  const communityIds = new Map(listed.items.map((c) => [c.name, c.id]));

  const teams: {
    community: DemoCommunity;
    communityId: string;
    mediators: { id: string; name: string; leftOn: string | null }[];
  }[] = [];
  let mediatorCount = 0;
  for (const community of DEMO_COMMUNITIES) {
    const communityId = communityIds.get(community.name)!;
    const team = await send<Stored>('mediation.createTeam', {
      communityId,
      name: `Tổ hòa giải ${community.name.replace(/^Thôn/, 'thôn')}`,
      establishedOn: community.teamEstablished,
      decisionRef: community.teamDecision,
    });
    const mediators: (typeof teams)[number]['mediators'] = [];
    for (const m of community.mediators) {
      const leftOn = m.leftDaysAgo ? addDays(today, -m.leftDaysAgo) : null;
      const created = await send<Stored>('mediation.createMediator', {
        teamId: team.id,
        name: m.name,
        gender: m.gender,
        birthYear: m.birthYear,
        ethnicMinority: m.ethnicMinority,
        role: m.leader ? 'to_truong' : 'hoa_giai_vien',
        recognizedOn: community.teamEstablished,
        decisionRef: community.teamDecision,
        leftOn,
        note: leftOn ? 'Thôi làm hòa giải viên vì lý do sức khỏe.' : null,
      });
      mediators.push({ id: created.id, name: m.name, leftOn });
      mediatorCount += 1;
    }
    teams.push({ community, communityId, mediators });
  }

  const total = options.cases ?? 60;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // Received dates spread over the last twelve months, oldest first, as a register fills up.
  const offsets = Array.from({ length: total }, () => 1 + Math.floor(random() * 364)).sort((a, b) => b - a);
  for (let i = 0; i < total; i++) {
    const team = pick(teams);
    const template = pick(CASE_TEMPLATES);
    const receivedOn = addDays(today, -offsets[i]!);
    const [a, b] = partyNames(team.community, template.women ?? [false, false], pick, team.mediators);
    const fill = (text: string) => text.replaceAll('{A}', a).replaceAll('{B}', b);
    const available = team.mediators.filter((m) => m.leftOn === null || m.leftOn > receivedOn);
    const assigned = random() < 0.5 ? [pick(available)] : [available[0]!, pick(available.slice(1))];
    const final = finalStatus(offsets[i]!, random);
    const closedOn = final.closed ? minDate(addDays(receivedOn, 2 + Math.floor(random() * 28)), today) : null;
    const address = `${team.community.name}, ${unit.name.toLowerCase()}, tỉnh ${DEMO_COMMUNE.province}`;
    const base = {
      communityId: team.communityId,
      receivedOn,
      category: template.category,
      grounds: random() < 0.8 ? 'yeu_cau' : random() < 0.5 ? 'tu_biet' : 'phan_cong_de_nghi',
      summary: fill(template.summary),
      parties: [
        { name: a, birthYear: 1955 + Math.floor(random() * 45), address },
        { name: b, birthYear: 1955 + Math.floor(random() * 45), address },
      ],
      mediatorIds: [...new Set(assigned.map((m) => m.id))],
      invited: random() < 0.35 ? `${pick(INVITED)} ${team.community.name.replace(/^Thôn /, '')}` : null,
    };
    let stored = await send<Stored>('mediation.createCase', { ...base, status: 'tiep_nhan' });
    if (final.status !== 'tiep_nhan') {
      stored = await send<Stored>('mediation.updateCase', {
        id: stored.id,
        version: stored.version,
        fields: { ...base, status: 'dang_hoa_giai' },
      });
    }
    if (final.closed) {
      await send<Stored>('mediation.updateCase', {
        id: stored.id,
        version: stored.version,
        fields: {
          ...base,
          status: final.status,
          closedOn,
          agreement: final.status === 'thanh' ? fill(template.agreement) : null,
          note: final.status === 'thanh' ? null : OUTCOME_NOTES[final.status as keyof typeof OUTCOME_NOTES],
        },
      });
    }
    options.onProgress?.(i + 1, total);
  }
  await seedReception(send, today, random);
  await seedDisclosures(send, today);
  const demoCommunities = DEMO_COMMUNITIES.map((c) => ({
    id: communityIds.get(c.name)!,
    name: c.name,
    households: c.households,
  }));
  await seedConventions(send, today, demoCommunities);
  await seedPeople(send, today, demoCommunities);
  return {
    role: 'commune',
    code: unit.code,
    name: unit.name,
    keyId: status.keyId,
    fingerprint: status.fingerprint,
    communities: DEMO_COMMUNITIES.length,
    teams: teams.length,
    mediators: mediatorCount,
    cases: total,
  };
}

async function seedOffice(send: <T>(call: string, input: unknown) => Promise<T>): Promise<DemoSummary> {
  const status = await send<{ keyId: string | null; fingerprint: string | null }>('installation.setup', {
    role: 'office',
    code: DEMO_OFFICE.code,
    name: DEMO_OFFICE.name,
    province: DEMO_OFFICE.province,
    userName: DEMO_OFFICE.clerk,
  });
  await send('installation.updateSettings', {
    placeName: DEMO_OFFICE.province,
    signerTitle: DEMO_OFFICE.signerTitle,
    signerName: DEMO_OFFICE.signerName,
    userName: DEMO_OFFICE.clerk,
  });
  return {
    role: 'office',
    code: DEMO_OFFICE.code,
    name: DEMO_OFFICE.name,
    keyId: status.keyId,
    fingerprint: status.fingerprint,
    communities: 0,
    teams: 0,
    mediators: 0,
    cases: 0,
  };
}

/**
 * The status a case has reached by today: recent cases are still open; older ones mostly end
 * successfully (provincial reports show about three quarters), some fail, stop or are referred.
 */
function finalStatus(daysAgo: number, random: () => number): { status: CaseStatus; closed: boolean } {
  const r = random();
  if (daysAgo <= 10) return { status: r < 0.5 ? 'tiep_nhan' : 'dang_hoa_giai', closed: false };
  if (daysAgo <= 30 && r < 0.4) return { status: 'dang_hoa_giai', closed: false };
  if (r < 0.74) return { status: 'thanh', closed: true };
  if (r < 0.86) return { status: 'khong_thanh', closed: true };
  if (r < 0.92) return { status: 'cham_dut', closed: true };
  if (r < 0.97) return { status: 'chuyen', closed: true };
  return { status: 'dang_hoa_giai', closed: false };
}

/** Two different party names from the thôn's families, never a mediator of the team (Điều 18). */
function partyNames(
  community: DemoCommunity,
  women: [boolean, boolean],
  pick: <T>(items: readonly T[]) => T,
  mediators: { name: string }[],
): [string, string] {
  const taken = new Set(mediators.map((m) => m.name));
  const draw = (woman: boolean): string => {
    for (;;) {
      const name = `${pick(community.surnames)} ${pick(woman ? community.womenNames : community.menNames)}`;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
  return [draw(women[0]), draw(women[1])];
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** A small seeded PRNG (mulberry32), so a demo is reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
