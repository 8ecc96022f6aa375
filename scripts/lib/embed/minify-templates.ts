// The partner script's elements carry their CSS and markup as lit templates (css`...`, html`...`,
// svg`...`): source text the minifier leaves as it is, indentation and comments included. This strips
// what the browser never needed, in the static parts only (never inside ${...}), and keeps the number
// of line breaks, so the source maps still point at the right lines after each template:
//  - css: comments, indentation, line breaks within the rules (gathered after the part's last rule),
//    the spaces around { } ; : , > (a space still separates what white space separated) and the
//    semicolon before a closing brace;
//  - html and svg: indentation at the start and spaces at the end of each line (runs of white space
//    collapse to one space when rendered, and a line break is one). Whitespace-preserving elements
//    (<pre>, <textarea>, white-space: pre) would show the difference: the elements have none.
import type { Plugin } from 'vite';

type TemplateTag = 'css' | 'html' | 'svg';

/**
 * The static text of one template part, minified for its tag. A part that meets an expression keeps
 * one space on that side if it had any: `solid ${colour}` must not become `solid${colour}`.
 */
function minifyTemplateText(tag: TemplateTag, text: string, first: boolean, last: boolean): string {
  if (tag !== 'css') return text.replace(/\n[ \t]+/g, '\n').replace(/[ \t]+\n/g, '\n');
  const lines = text
    // Comments go, their line breaks stay.
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .split('\n')
    .map((line) => line.trim().replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':'));
  // One line: a space only where one separated two words. The line breaks are kept, together, after
  // the part's last rule or declaration (where white space means nothing), so the lines after the
  // template keep their places; a part without one keeps its lines as they were.
  let css = '';
  for (const line of lines) if (line) css += css && !/[{};,>]$/.test(css) && !/^[{};,>]/.test(line) ? ` ${line}` : line;
  // The last declaration of a rule needs no semicolon.
  css = css.replaceAll(';}', '}');
  const at = Math.max(css.lastIndexOf(';'), css.lastIndexOf('{'), css.lastIndexOf('}')) + 1;
  const joined = at > 0 ? css.slice(0, at) + '\n'.repeat(lines.length - 1) + css.slice(at) : lines.join('\n');
  const lead = !first && /^\s/.test(text) && !joined.startsWith('\n') ? ' ' : '';
  const trail = !last && /\s$/.test(text) && !joined.endsWith('\n') ? ' ' : '';
  return lead + joined + trail;
}

const TAGGED = /\b(css|html|svg)`/g;

/**
 * The source with every css`...`, html`...` and svg`...` template's static text minified, nested
 * templates in ${...} included; the same text when there is none. Expressions are copied as they are.
 */
function minifyTemplates(source: string): string {
  let out = '';
  let copied = 0;
  TAGGED.lastIndex = 0;
  for (let match = TAGGED.exec(source); match; match = TAGGED.exec(source)) {
    if (match.index < copied) continue;
    const start = match.index + match[0].length;
    const { text, end } = template(source, start, match[1] as TemplateTag);
    out += source.slice(copied, start) + text;
    copied = end;
    TAGGED.lastIndex = end;
  }
  return out + source.slice(copied);
}

/** The template whose text starts at `start` (after the backtick): its minified text up to and including the closing backtick. */
function template(source: string, start: number, tag: TemplateTag | null): { text: string; end: number } {
  let out = '';
  let chunk = '';
  const flush = (last: boolean) => {
    out += tag ? minifyTemplateText(tag, chunk, out === '', last) : chunk;
    chunk = '';
  };
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      chunk += source.slice(i, i + 2);
      i++;
    } else if (c === '`') {
      flush(true);
      return { text: `${out}\``, end: i + 1 };
    } else if (c === '$' && source[i + 1] === '{') {
      flush(false);
      const { text, end } = expression(source, i + 2);
      out += `\${${text}`;
      i = end - 1;
    } else {
      chunk += c;
    }
  }
  throw new Error(`minifyTemplates: a template literal opened at offset ${start} is never closed`);
}

/** The expression starting at `start` (after "${"), nested templates minified: up to and including its closing brace. */
function expression(source: string, start: number): { text: string; end: number } {
  let out = '';
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i]!;
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j;
    } else if (c === '`') {
      const tag = /(?:^|[^\w$])(css|html|svg)$/.exec(source.slice(Math.max(0, i - 5), i))?.[1] as TemplateTag | undefined;
      const { text, end } = template(source, i + 1, tag ?? null);
      out += `\`${text}`;
      i = end - 1;
    } else if (c === '{') {
      depth++;
      out += c;
    } else if (c === '}') {
      if (depth === 0) return { text: `${out}}`, end: i + 1 };
      depth--;
      out += c;
    } else {
      out += c;
    }
  }
  throw new Error(`minifyTemplates: an expression opened at offset ${start} is never closed`);
}

/**
 * The elements' lit templates without their indentation and CSS comments, in a build (the partner
 * script's and the app's: about 0.5 KB gzip off the app's first screen); the dev server and tests
 * see the source as written.
 */
export function minifiedTemplates(): Plugin {
  return {
    name: 'paritrana-minify-templates',
    enforce: 'pre',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]src[\\/].*\.ts$/ },
      handler(code) {
        const minified = minifyTemplates(code);
        // Every line stays where it was: the source map of the unchanged lines still holds.
        return minified === code ? null : { code: minified, map: null };
      },
    },
  };
}
