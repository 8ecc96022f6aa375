// The code shown beside a gallery example: the example's own markup, as a partner would paste it.

/** Without the lines' common indentation and the blank lines around it. */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length > 0 ? indents.reduce((least, indent) => Math.min(least, indent)) : 0;
  return lines.map((line) => line.slice(common)).join('\n');
}

/**
 * The markup with this site's files named absolutely: a partner's page is elsewhere, so
 * src="./embed/paritrana.js" becomes src="https://HOST/PATH/embed/paritrana.js".
 */
export function exampleSource(markup: string, siteRoot: string): string {
  return dedent(markup).replace(/\b(src|href)="\.\/([^"]*)"/g, (_, name: string, path: string) => `${name}="${new URL(path, siteRoot).href}"`);
}
