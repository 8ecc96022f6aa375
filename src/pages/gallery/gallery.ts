// The partners' gallery (gallery.html): each example is written once, in a <script type="text/html">
// (a <template>'s <style> would be rewritten by the build); this puts it on
// the page and shows its markup beside it, so the code shown is exactly the code that runs. The
// elements themselves come from the partner script (./embed/paritrana.js), loaded as a partner loads
// it; nothing of theirs is bundled here.
//
// The gallery itself runs under the site's Content-Security-Policy, which blocks inline styles: an
// example's <style> and style attributes would be dropped if its markup went in as it is. So each
// example's <style> becomes a constructed stylesheet of the page and its style attributes are set
// through the CSSOM: the same rules, applied the way the policy allows.
import '../shared/base.css';
import './gallery.css';
import { exampleSource } from './gallery-source.ts';

const siteRoot = new URL('./', document.baseURI).href;

/** An example's stylesheet: gallery.html writes each as a bare <style> with no attributes. */
const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;
/** A style attribute in double quotes, as the examples write it. */
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;
/** Where a style attribute waits, under another name the policy ignores, until the CSSOM sets it. */
const PENDING_STYLE = 'data-example-style';

/** Puts the example's markup into `live`, its styles included, without a single inline style. */
function placeExample(markup: string, live: HTMLElement): void {
  // Taken out of the text before any parsing: even a parsed document apart from the page (DOMParser,
  // <template>) inherits the page's policy, and its parser refuses them.
  const sheets = [...markup.matchAll(STYLE_ELEMENT)].map(([, rules]) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules ?? '');
    return sheet;
  });
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
  // As the page's own markup would be: the elements upgrade when the partner script defines them.
  live.innerHTML = markup.replace(STYLE_ELEMENT, '').replace(STYLE_ATTRIBUTE, ` ${PENDING_STYLE}="$1"`);
  for (const node of live.querySelectorAll<HTMLElement>(`[${PENDING_STYLE}]`)) {
    node.style.cssText = node.getAttribute(PENDING_STYLE) ?? '';
    node.removeAttribute(PENDING_STYLE);
  }
}

for (const example of document.querySelectorAll<HTMLScriptElement>('script[type="text/html"][data-example]')) {
  const live = example.nextElementSibling as HTMLElement | null;
  const code = live?.nextElementSibling?.querySelector('code');
  if (!live?.classList.contains('live') || !code) throw new Error('gallery.html: an example needs its script, .live and <pre><code> in that order');
  const markup = example.textContent ?? '';
  code.textContent = exampleSource(markup, siteRoot);
  placeExample(markup, live);
}

// A code block scrolls sideways where its lines are longer than the page is wide: it takes the focus,
// so the keyboard can scroll it too, and is a region named after its example, so that a screen reader
// says whose code it is when it lands there. Two blocks of one example are numbered.
for (const section of document.querySelectorAll<HTMLElement>('.gallery-header, .example')) {
  const blocks = section.querySelectorAll<HTMLPreElement>('pre.code');
  const name = section.querySelector('h1, h2')?.textContent?.trim() ?? '';
  blocks.forEach((block, index) => {
    block.tabIndex = 0;
    block.setAttribute('role', 'region');
    block.setAttribute('aria-label', `Kode · Code: ${name}${blocks.length > 1 ? ` (${index + 1})` : ''}`);
  });
}

// The snippets written in the page (the script tag) name this site too.
for (const code of document.querySelectorAll<HTMLElement>('code[data-snippet]')) code.textContent = exampleSource(code.textContent ?? '', siteRoot);
