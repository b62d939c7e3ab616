import { AppError } from '../../shared/contract/errors';
import { cardSchema, type Card } from '../../shared/installation/schema';
import type { CardPreview, Peer } from '../../shared/sync/schema';
import { fingerprint, keyIdHex, parsePublicKeyFile } from '../keys/minisign';
import { getSetting, setSetting } from '../installation/settings';
import type { Selectable } from 'kysely';
import { prepare, type Sql } from '../open';
import type { PeerTable } from '../schema';
import type { Writer } from '../store/records';
import { recordEvent } from './events';

/** A card checked for internal consistency, with key id and fingerprint recomputed from its key. */
export interface TrustedCard {
  card: Card;
  keyId: string;
  fingerprint: string;
}

type PeerRow = Selectable<PeerTable>;

const MAX_CARD = 64 * 1024;

/**
 * Reads a card (qcdc.card/1). The key id and fingerprint are recomputed from the minisign key and
 * must agree with what the card says, so a card edited by hand cannot show a borrowed fingerprint.
 */
export function readCard(json: string): TrustedCard {
  if (json.length > MAX_CARD) throw new AppError('INVALID_INPUT', 'Tệp thẻ quá lớn, không phải thẻ khóa công khai.');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AppError('INVALID_INPUT', 'Tệp này không phải thẻ khóa công khai (tệp bị hỏng hoặc chọn nhầm tệp).');
  }
  const parsed = cardSchema.safeParse(value);
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'Tệp thẻ không đúng mẫu thẻ của phần mềm.');
  const card = parsed.data;
  const key = parsePublicKeyFile(card.minisignPublicKey);
  const keyId = keyIdHex(key.keyId);
  const print = fingerprint(key.publicKey);
  if (keyId !== card.keyId || print !== card.fingerprint) {
    throw new AppError('SECURITY', 'Thẻ không nhất quán: mã khóa hoặc dấu vân tay không khớp với khóa công khai.');
  }
  if (card.role === 'commune' && !/^\d{5}$/.test(card.code)) {
    throw new AppError('INVALID_INPUT', 'Thẻ của xã phải có mã xã gồm 5 chữ số.');
  }
  return { card, keyId, fingerprint: print };
}

function toPeer(row: PeerRow): Peer {
  return {
    code: row.code,
    role: row.role,
    name: row.name,
    keyId: row.key_id,
    fingerprint: row.fingerprint,
    enrolledAt: row.enrolled_at,
    enrolledBy: row.enrolled_by,
  };
}

/** The current enrollment of a code, if any. */
export function currentPeer(sql: Sql, code: string): (Peer & { card: Card }) | null {
  const row = prepare(sql, 'SELECT * FROM peer WHERE code = ? AND replaced_at IS NULL').get(code) as
    PeerRow | undefined;
  return row ? { ...toPeer(row), card: JSON.parse(row.card) as Card } : null;
}

/** Every current enrollment, by code. */
export function listPeers(sql: Sql): Peer[] {
  const rows = prepare(sql, 'SELECT * FROM peer WHERE replaced_at IS NULL ORDER BY code').all() as PeerRow[];
  return rows.map(toPeer);
}

/** Who holds a key id: the current enrollment, a replaced one, or nobody. */
export function peerByKeyId(sql: Sql, keyId: string): { peer: Peer & { card: Card }; current: boolean } | null {
  const row = prepare(
    sql,
    'SELECT * FROM peer WHERE key_id = ? ORDER BY replaced_at IS NULL DESC, id DESC LIMIT 1',
  ).get(keyId) as PeerRow | undefined;
  if (!row) return null;
  return { peer: { ...toPeer(row), card: JSON.parse(row.card) as Card }, current: row.replaced_at === null };
}

/** The role a card must have to be enrolled here: an office enrolls communes, a commune its office. */
function expectedRole(sql: Sql): 'commune' | 'office' {
  return getSetting(sql, 'role') === 'office' ? 'commune' : 'office';
}

/** What enrolling this card would do. */
export function previewCard(sql: Sql, json: string): CardPreview {
  const trusted = readCard(json);
  requireRoleOf(sql, trusted.card);
  const { card } = trusted;
  const current = currentPeer(sql, card.code);
  const status = !current ? 'new' : current.keyId === trusted.keyId ? 'same' : 'key_differs';
  const shown = {
    code: card.code,
    role: card.role,
    name: card.name,
    keyId: trusted.keyId,
    fingerprint: trusted.fingerprint,
  };
  return { card: shown, status, current: current ? withoutCard(current) : null };
}

function withoutCard(peer: Peer & { card: Card }): Peer {
  const { card: _card, ...rest } = peer;
  return rest;
}

function requireRoleOf(sql: Sql, card: Card): void {
  const role = expectedRole(sql);
  if (card.role === role) return;
  throw new AppError(
    'INVALID_INPUT',
    role === 'commune'
      ? `Thẻ ${card.code} là thẻ của một cơ quan nhận báo cáo; ở đây chỉ đăng ký thẻ của xã.`
      : `Thẻ ${card.code} là thẻ của một xã; xã chỉ đăng ký thẻ của cơ quan nhận báo cáo.`,
  );
}

/** Options of {@link enrollCard}. */
export interface EnrollOptions {
  /** The fingerprint the user confirmed (read over the phone); omitted only by the CLI, which prints it. */
  confirmFingerprint?: string;
  replaceKey?: boolean;
  reason?: string;
}

/**
 * Enrolls a card in the caller's transaction. The same card again changes nothing. A known code
 * with a different key is refused unless `replaceKey` is given; then the old key is kept as
 * replaced (bundles signed with it are refused from now on) and the replacement is logged.
 * A commune has one office: enrolling another office replaces it only with `replaceKey`.
 */
export function enrollCard(sql: Sql, json: string, writer: Writer, options: EnrollOptions = {}): Peer {
  const trusted = readCard(json);
  const { card } = trusted;
  requireRoleOf(sql, card);
  if (
    options.confirmFingerprint !== undefined &&
    normalise(options.confirmFingerprint) !== normalise(trusted.fingerprint)
  ) {
    throw new AppError('SECURITY', 'Dấu vân tay nhập vào không khớp với thẻ. Hãy đọc lại dấu vân tay với nơi gửi thẻ.');
  }
  const now = Date.now();
  const current = currentPeer(sql, card.code) ?? (card.role === 'office' ? firstPeer(sql) : null);
  if (current && current.keyId === trusted.keyId && current.code === card.code) return current;
  if (current) {
    if (!options.replaceKey) {
      throw new AppError(
        'SECURITY',
        current.code === card.code
          ? `Mã ${card.code} đã được đăng ký với khóa khác (dấu vân tay ${current.fingerprint}). Chỉ thay khóa khi đã xác minh với nơi gửi (tùy chọn thay khóa).`
          : `Xã đã đăng ký gửi báo cáo cho ${current.name} (${current.code}). Chỉ đổi nơi nhận khi có quyết định (tùy chọn thay khóa).`,
      );
    }
    prepare(
      sql,
      'UPDATE peer SET replaced_at = ?, replace_reason = ? WHERE id = (SELECT id FROM peer WHERE code = ? AND replaced_at IS NULL)',
    ).run(now, options.reason ?? null, current.code);
    recordEvent(sql, writer, {
      kind: 'replace_key',
      peerCode: card.code,
      detail: {
        oldKeyId: current.keyId,
        oldFingerprint: current.fingerprint,
        newKeyId: trusted.keyId,
        newFingerprint: trusted.fingerprint,
        reason: options.reason ?? null,
      },
    });
  }
  prepare(
    sql,
    'INSERT INTO peer (code, role, name, key_id, fingerprint, card, enrolled_at, enrolled_by) VALUES (?,?,?,?,?,?,?,?)',
  ).run(card.code, card.role, card.name, trusted.keyId, trusted.fingerprint, JSON.stringify(card), now, writer.user);
  recordEvent(sql, writer, {
    kind: 'enroll',
    peerCode: card.code,
    detail: { name: card.name, keyId: trusted.keyId, fingerprint: trusted.fingerprint },
  });
  if (card.role === 'office') setSetting(sql, 'officeName', card.name);
  return currentPeer(sql, card.code)!;
}

function firstPeer(sql: Sql): (Peer & { card: Card }) | null {
  const row = prepare(sql, 'SELECT * FROM peer WHERE replaced_at IS NULL ORDER BY id LIMIT 1').get() as
    PeerRow | undefined;
  return row ? { ...toPeer(row), card: JSON.parse(row.card) as Card } : null;
}

function normalise(print: string): string {
  return print.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The office a commune sends to, or a Vietnamese error when none is enrolled. */
export function requireOffice(sql: Sql): Peer & { card: Card } {
  const office = firstPeer(sql);
  if (!office || office.role !== 'office') {
    throw new AppError('RULE_VIOLATION', 'Chưa đăng ký cơ quan nhận báo cáo. Hãy nhập thẻ của cơ quan nhận trước.');
  }
  return office;
}
