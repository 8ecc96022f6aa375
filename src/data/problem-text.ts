// How a problem is written for people: on one line, with what cannot be seen made visible. Apart
// from problems.ts so that code which only collects problems (the loader, on every page) does not
// carry the names of invisible characters; the parsers and the problems note bring this in.
import { expectedIn, placeOf, type OmittedProblems, type Problem, type Wording } from './problems.ts';

const MAX_QUOTED = 60;

/**
 * Characters a reader cannot see that change what text is or how it shows: C0 and C1 controls (NUL, BEL,
 * the ESC that starts a terminal's escape sequence) except tab and line ends, the bidirectional marks,
 * embeddings, overrides and isolates (which reorder what a line appears to say), and the zero-width
 * characters (which make two equal-looking codes differ). Tab and line breaks are ordinary in notes.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const INVISIBLE_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const INVISIBLE_CHARACTERS = /* @__PURE__ */ new RegExp(INVISIBLE_CHARACTER.source, 'g');

const CHARACTER_NAMES: Readonly<Record<number, string>> = {
  0x00: 'null',
  0x07: 'bell',
  0x1b: 'escape',
  0x7f: 'delete',
  0x9b: 'control sequence introducer',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

/** "U+200B", the way Unicode names a character. */
function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first invisible character in a value, described for a message: `U+200B (zero-width space) at
 * position 4` (1-based, counted in characters as an editor counts them); null when there is none.
 */
export function findInvisible(value: string): string | null {
  const match = INVISIBLE_CHARACTER.exec(value);
  if (!match) return null;
  const char = match[0];
  const code = char.charCodeAt(0);
  const name = CHARACTER_NAMES[code] ?? (code < 0xa0 ? 'control character' : 'invisible formatting character');
  return `${codePointName(char)} (${name}) at position ${[...value.slice(0, match.index)].length + 1}`;
}

/** The same as findInvisible, in both languages (the character's Unicode name stays as Unicode gives it). */
export function invisibleIn(value: string): Wording | null {
  const en = findInvisible(value);
  return en === null ? null : { en, id: en.replace(/ at position (\d+)$/, ' pada posisi $1') };
}

/** The value without its invisible characters (see INVISIBLE_CHARACTER). */
export function removeInvisible(value: string): string {
  return value.replace(INVISIBLE_CHARACTERS, '');
}

const SHOWN_ESCAPED = /* @__PURE__ */ new RegExp(`[\\u0000-\\u001f]|${INVISIBLE_CHARACTER.source}`, 'g');

function escape(char: string): string {
  if (char === '\t') return '\\t';
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Text safe on a terminal and on one line: controls, line breaks and invisible characters written as escapes. */
export function showInvisible(value: string): string {
  return value.replace(SHOWN_ESCAPED, escape);
}

/** Quote a value for a message: control and invisible characters made visible, long values cut. */
export function quote(value: string): string {
  const shown = showInvisible(value);
  if (shown.length <= MAX_QUOTED) return `"${shown}"`;
  // Cut between characters, never inside an escape nor a surrogate pair.
  let cut = '';
  for (const char of value) {
    const piece = showInvisible(char);
    if (cut.length + piece.length > MAX_QUOTED - 1) break;
    cut += piece;
  }
  return `"${cut}…"`;
}

/**
 * One line per problem, in the form compilers use so editors can jump to it:
 *   data/coverage.csv:4: error: region_code: found "6104"; expected a Kemendagri code ...
 *   cakupan.xlsx [Cakupan]:4: error: value: found "#N/A"; expected ...   (a workbook: sheet and row)
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line === null ? placeOf(problem) : `${placeOf(problem)}:${problem.line}`;
  const field = problem.field === null ? '' : `${problem.field}: `;
  const found = problem.found === null ? '' : `found ${quote(problem.found)}; `;
  // The file name, field and expectation may carry text from the file too (a column's name, a note):
  // made visible as the found value is, so no message prints a control character or breaks its line.
  return showInvisible(`${where}: ${problem.severity}: ${field}${found}expected ${problem.expected}`);
}

/**
 * The summary line of a kind left out, in the form of formatProblem:
 *   data/coverage.csv: error: region_code: 199,990 more rows like line 14 (expected ...)
 */
export function formatOmitted({ example, count }: OmittedProblems): string {
  const field = example.field === null ? '' : `${example.field}: `;
  const like = example.line === null ? '' : ` like ${example.sheet ? 'row' : 'line'} ${example.line}`;
  return showInvisible(`${placeOf(example)}: ${example.severity}: ${field}${count} more${like} (expected ${example.expected})`);
}

const PLACE_WORDS = {
  id: {
    severity: { error: 'Kesalahan', warning: 'Peringatan' }, at: 'di', sheet: 'lembar', line: 'baris', row: 'baris',
    column: 'kolom', attribute: 'atribut', part: 'bagian', found: 'tertulis', expected: 'seharusnya',
  },
  en: {
    severity: { error: 'Error', warning: 'Warning' }, at: 'in', sheet: 'sheet', line: 'line', row: 'row',
    column: 'column', attribute: 'attribute', part: 'at', found: 'found', expected: 'expected',
  },
} as const;

/**
 * Where a problem is, in words: "cakupan.xlsx, lembar “Cakupan”, baris 6, kolom “Cakupan (%)”". The
 * line is the file's (the header is line 1) or, in a workbook, the sheet's own row; the column is
 * named as the file names it. `line: false` leaves the line out (a kind of problem, not one of them).
 */
export function placeIn(problem: Problem, lang: 'id' | 'en', { line = true } = {}): string {
  const words = PLACE_WORDS[lang];
  const parts = [problem.file];
  if (problem.sheet) parts.push(`${words.sheet} “${problem.sheet}”`);
  if (line && problem.line !== null) parts.push(`${problem.sheet ? words.row : words.line} ${problem.line}`);
  const column = problem.column ?? problem.field;
  // A table's field is a column; an element's (the file "<paritrana-map>") an attribute; a topology's
  // a place in its JSON ("objects.kabupaten.geometries[3].id").
  const what = problem.file.startsWith('<') ? words.attribute : problem.column === undefined && column !== null && /[.[]/.test(column) ? words.part : words.column;
  if (column !== null) parts.push(`${what} “${column}”`);
  return showInvisible(parts.join(', '));
}

/** A fragment ended as a sentence: a full stop unless it ends in one already (or in "?"). */
const ended = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * A problem as one sentence in the reader's language, for people rather than editors:
 *   Kesalahan di cakupan-2026.csv, baris 6, kolom “value”: tertulis "31,x"; seharusnya angka seperti 68.02 atau 110013.
 *   Error in cakupan-2026.csv, line 6, column “value”: found "31,x"; expected a number such as 68.02 or 110013.
 * No code names beyond the columns the file itself has, and what to write in the words of the page.
 */
export function problemSentence(problem: Problem, lang: 'id' | 'en'): string {
  const words = PLACE_WORDS[lang];
  const found = problem.found === null ? '' : `${words.found} ${quote(problem.found)}; `;
  return `${words.severity[problem.severity]} ${words.at} ${placeIn(problem, lang)}: ${found}${words.expected} ${showInvisible(ended(expectedIn(problem, lang)))}`;
}
