// The partners' gallery (gallery.html): each example is written once, in a <script type="text/html">
// (a <template>'s <style> would be rewritten by the build); this puts it on
// the page and shows its markup beside it, so the code shown is exactly the code that runs. The
// elements themselves come from the partner script (./embed/paritrana.js), loaded as a partner loads
// it; nothing of theirs is bundled here.
import '../shared/base.css';
import './gallery.css';
import { exampleSource } from './gallery-source.ts';

const siteRoot = new URL('./', document.baseURI).href;

for (const example of document.querySelectorAll<HTMLScriptElement>('script[type="text/html"][data-example]')) {
  const live = example.nextElementSibling;
  const code = live?.nextElementSibling?.querySelector('code');
  if (!live?.classList.contains('live') || !code) throw new Error('gallery.html: an example needs its script, .live and <pre><code> in that order');
  const markup = example.textContent ?? '';
  code.textContent = exampleSource(markup, siteRoot);
  // As the page's own markup would be: the elements upgrade when the partner script defines them.
  live.innerHTML = markup;
}

// The snippets written in the page (the script tag) name this site too.
for (const code of document.querySelectorAll<HTMLElement>('code[data-snippet]')) code.textContent = exampleSource(code.textContent ?? '', siteRoot);
