import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BANNED_WORDS, CONCEPTS, OLD_TONE_PLACEMENT } from '../../../shared/i18n/glossary';
import { recordTable } from '../../../shared/record/define';
import { RECORDS } from '../../../shared/record/registry';

/**
 * Issue 15, "words for people": the message catalogues hold no technical word and one word per thing.
 * The catalogues are every module of Vietnamese words the screens (and the desktop dialogs) show.
 */

const ROOT = join(__dirname, '../../..');

function filesIn(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(ROOT, dir))
    .filter(keep)
    .map((name) => join(dir, name));
}

const CATALOGUES = [
  ...filesIn('renderer/i18n', (n) => n.endsWith('.ts')),
  'shared/i18n/vi.ts',
  'electron/main/messages.ts',
  ...readdirSync(join(ROOT, 'renderer/features')).flatMap((feature) =>
    filesIn(`renderer/features/${feature}`, (n) => /^(text|labels|[a-z]+Text)\.ts$/.test(n)),
  ),
];

/** A string a catalogue holds, with where it is. */
interface Message {
  file: string;
  line: number;
  text: string;
}

/** Every string literal and template text of a module (not import paths, not type names). */
function messagesOf(file: string): Message[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Message[] = [];
  const add = (node: ts.Node, text: string) =>
    out.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      // The literal parts; `${…}` holds code, not words.
      add(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … '));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const MESSAGES = CATALOGUES.flatMap(messagesOf);
/** Words of a sentence (a message with a space or a Vietnamese letter), not codes and format strings. */
const WORDS = MESSAGES.filter((m) => /\s|[^\p{ASCII}]/u.test(m.text));

function where(found: Message[]): string[] {
  return found.map((m) => `${m.file}:${m.line}: ${m.text}`);
}

describe('the message catalogues (glossary, issue 15)', () => {
  it('are found and hold words', () => {
    expect(CATALOGUES).toEqual(expect.arrayContaining(['renderer/i18n/ui.ts', 'renderer/features/sync/text.ts']));
    expect(WORDS.length).toBeGreaterThan(800);
  });

  for (const banned of BANNED_WORDS) {
    it(`say no ${banned.pattern.source} (${banned.why})`, () => {
      expect(where(WORDS.filter((m) => banned.pattern.test(m.text)))).toEqual([]);
    });
  }

  for (const concept of CONCEPTS) {
    it(`call ${concept.thing} "${concept.use}", never ${concept.avoid.map((a) => `"${a}"`).join(', ')}`, () => {
      const folded = (text: string) => text.toLocaleLowerCase('vi');
      const found = WORDS.filter((m) => concept.avoid.some((a) => folded(m.text).includes(folded(a))));
      expect(where(found)).toEqual([]);
      expect(WORDS.some((m) => folded(m.text).includes(folded(concept.use)))).toBe(true);
    });
  }

  it('place tone marks one way ("hòa", "hủy", "khóa"), never the older "hoà", "huỷ", "khoá"', () => {
    expect(where(WORDS.filter((m) => OLD_TONE_PLACEMENT.test(m.text)))).toEqual([]);
  });
});

describe('the words of every record definition (labels, Excel list headers)', () => {
  // The template's own headers may list the codes a cell takes (interchange.md: codes in the file);
  // what a clerk reads on a screen or in an exported list may not hold a technical word.
  const words = RECORDS.flatMap((def) => [
    ...Object.entries(def.labels as Record<string, string>).map(([field, label]) => `${def.kind}.${field}: ${label}`),
    ...(def.spec.list ? recordTable(def, []).columns.map((c) => `${def.kind} (danh sách): ${c.header}`) : []),
  ]);

  it('are found', () => expect(words.length).toBeGreaterThan(150));

  for (const banned of BANNED_WORDS) {
    it(`say no ${banned.pattern.source}`, () => {
      expect(words.filter((w) => banned.pattern.test(w.slice(w.indexOf(': ') + 2)))).toEqual([]);
    });
  }
});
