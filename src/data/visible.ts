// Text from a file or a file's name printed to a terminal or a page: characters that would act
// instead of show (ESC clears a terminal, a bidi override reverses what follows, a zero-width space
// hides in a code) are written out as \u001b so the reader sees them.

/**
 * C0 and C1 controls and DEL; the bidi marks, embeddings, overrides and isolates; zero-width
 * characters, the word joiner and the byte-order mark; the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this makes visible
export const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `text` with every INVISIBLE character written as \uXXXX (tab, newline and return as \t, \n, \r). */
export function makeVisible(text: string): string {
  return text.replace(INVISIBLE, (c) =>
    c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
