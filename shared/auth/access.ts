import { MODULES, type AccountGrant, type Module } from './roles';

/**
 * What a call requires of the signed-in account (issue 12). The dispatcher checks it before any
 * handler runs, on every transport; the UI only hides what would be refused anyway.
 * - `public`: no account needed (sign-in, first set-up, the status the sign-in screen shows);
 * - `signedIn`: any account;
 * - `admin`: quan_tri only (accounts, keys, trust, settings);
 * - `send`: quan_tri and lanh_dao (a bundle leaves the commune, a receipt is loaded);
 * - `read` / `write` of a module, or `read: 'all'` for what spans every module.
 */
export type Access = 'public' | 'signedIn' | 'admin' | 'send' | { read: Module | 'all' } | { write: Module | 'any' };

// Calls whose access does not follow from their area and their `writes` flag.
const OVERRIDES: Record<string, Access> = {
  'installation.status': 'signedIn',
  'installation.setup': 'public',
  'installation.updateSettings': 'admin',
  'installation.card': 'signedIn',
  'community.list': 'signedIn',
  'community.get': 'signedIn',
  'report.period': 'signedIn',
  'report.document': 'signedIn',
  'report.exportXlsx': 'signedIn',
  'records.import': 'admin',
  'records.export': { read: 'all' },
  'records.template': 'signedIn',
  'export.listXlsx': 'signedIn',
  'export.listTable': 'signedIn',
  'sync.previewCard': 'admin',
  'sync.enroll': 'admin',
  'sync.communeStatus': 'signedIn',
  'sync.exportBundle': 'send',
  'sync.event': 'signedIn',
  'sync.importReceipt': 'send',
  'sync.officeCommunes': 'signedIn',
  'sync.communeImports': 'signedIn',
  'sync.importBundle': { write: 'sync' },
  'sync.replaceCommuneData': 'admin',
  'sync.receipt': { write: 'sync' },
  'sync.history': 'signedIn',
  'attachment.add': { write: 'any' },
  'attachment.read': 'signedIn',
  // The holiday calendar: anyone reads it (deadlines); notices are settings, kept by an administrator.
  'calendar.year': 'signedIn',
  'auth.status': 'public',
  'auth.signIn': 'public',
  'auth.recover': 'public',
  'auth.unlock': 'public',
  'auth.signOut': 'public',
  'auth.lock': 'signedIn',
  'auth.activity': 'signedIn',
  'auth.changePassword': 'signedIn',
  'auth.protect': 'public',
  // The home screen's reminder; every other backup call needs an administrator (area default).
  'backup.status': 'signedIn',
  // The home board of the people's pillars: anyone signed in sees what is missing.
  'supervision.board': 'signedIn',
};

// Areas whose calls belong to a module of another name (issue 11: the bodies are kept with the
// supervisions they carry out, in the reception module).
const AREA_MODULES: Record<string, Module> = {
  decision: 'participation',
  consultation: 'participation',
  supervision: 'reception',
};

// The list a call exports decides the module it reads (export.listXlsx).
const LIST_MODULES: Record<string, Module | null> = {
  communities: null,
  teams: 'mediation',
  mediators: 'mediation',
  cases: 'mediation',
  receptionSessions: 'reception',
  receptionVisits: 'reception',
  petitions: 'reception',
  dialogues: 'reception',
  supervisions: 'reception',
  decisions: 'participation',
  consultations: 'participation',
  supervisionBodies: 'reception',
  disclosures: 'disclosure',
  conventions: 'convention',
};

/**
 * The access a call requires. Record areas follow their `writes` flag (a new call of an area is
 * covered without an entry here); an area this table does not know needs an administrator.
 */
export function accessOf(call: string, writes: boolean, input?: unknown): Access {
  if (call === 'export.listXlsx' || call === 'export.listTable') {
    const list = (input as { list?: string } | undefined)?.list ?? '';
    const module = LIST_MODULES[list];
    return module ? { read: module } : 'signedIn';
  }
  const fixed = OVERRIDES[call];
  if (fixed) return fixed;
  const area = call.split('.')[0] ?? '';
  if (area === 'community') return writes ? 'admin' : 'signedIn';
  if (area === 'account') return 'admin';
  const mapped = AREA_MODULES[area];
  if (mapped) return writes ? { write: mapped } : { read: mapped };
  if ((MODULES as readonly string[]).includes(area)) {
    return writes ? { write: area as Module } : { read: area as Module };
  }
  return 'admin';
}

/** Whether an account with this grant may make a call requiring `access`. */
export function allows(grant: AccountGrant, access: Access): boolean {
  if (access === 'public' || access === 'signedIn') return true;
  if (grant.role === 'quan_tri') return true;
  if (access === 'admin') return false;
  if (access === 'send') return grant.role === 'lanh_dao';
  if ('read' in access) {
    if (grant.role !== 'can_bo') return true;
    return access.read !== 'all' && grant.modules.includes(access.read);
  }
  if (grant.role !== 'can_bo') return false;
  return access.write === 'any' ? grant.modules.length > 0 : grant.modules.includes(access.write);
}
