// Every word a reader meets is written in the glossary's form (src/i18n/glossary.ts): Bahasa Indonesia
// as BPS writes it, and its English. The words live in the source's strings (the *.messages.ts files,
// src/i18n/messages.ts, the model's statuses and tooltips) and in the HTML pages; comments are left
// out, and so are the names of columns the site reads from other people's files (their words, not ours).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GLOSSARY } from '../../src/i18n/glossary.ts';

const root = path.resolve(import.meta.dirname, '../..');
// The glossary names the forms to avoid; column names are how other people's files head their columns.
const NOT_PAGE_WORDS = new Set(['src/i18n/glossary.ts', 'src/data/column-names.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !NOT_PAGE_WORDS.has(rel) ? [rel] : [];
  });
}

/** A file's text without its comments: what is left is code and the words it shows. */
function withoutComments(file: string): string {
  const text = readFileSync(path.join(root, file), 'utf8');
  if (file.endsWith('.html')) return text.replace(/<!--[\s\S]*?-->/g, '');
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const PAGES = readdirSync(root).filter((f) => f.endsWith('.html'));
const FILES = [...sourceFiles('src'), ...PAGES];
const WORDS = new Map(FILES.map((file) => [file, withoutComments(file)]));
const everything = [...WORDS.values()].join('\n');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const asWord = (form: string) => new RegExp(`(?<![\\p{L}\\d])${escape(form)}(?![\\p{L}\\d])`, 'iu');

describe('the glossary', () => {
  test('names each term once, in both languages', () => {
    expect(new Set(GLOSSARY.map((t) => t.id.toLowerCase())).size).toBe(GLOSSARY.length);
    for (const term of GLOSSARY) expect(term.en, term.id).not.toBe('');
  });

  test('the translated forms it replaced are written nowhere a reader meets them', () => {
    const found: string[] = [];
    for (const term of GLOSSARY) {
      for (const form of [...(term.avoid?.id ?? []), ...(term.avoid?.en ?? [])]) {
        for (const [file, text] of WORDS) if (asWord(form).test(text)) found.push(`${file}: "${form}" (write "${term.id}" / "${term.en}")`);
      }
    }
    expect(found).toEqual([]);
  });

  test('each term is written in its glossary form on the pages', () => {
    const missing = GLOSSARY.filter((t) => t.onPages !== false).flatMap((t) => [t.id, t.en].filter((form) => !asWord(form).test(everything)));
    expect(missing).toEqual([]);
  });
});
