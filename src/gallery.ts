// The partners' gallery (gallery.html): each example is written once, in a <template>; this puts it on
// the page and shows its markup beside it, so the code shown is exactly the code that runs. The
// elements themselves come from the partner script (./embed/paritrana.js), loaded as a partner loads
// it; nothing of theirs is bundled here.
import './gallery.css';
import { exampleSource } from './app/gallery-source.ts';

const siteRoot = new URL('./', document.baseURI).href;

for (const template of document.querySelectorAll<HTMLTemplateElement>('template[data-example]')) {
  const live = template.nextElementSibling;
  const code = live?.nextElementSibling?.querySelector('code');
  if (!live?.classList.contains('live') || !code) throw new Error('gallery.html: an example needs <template>, .live and <pre><code> in that order');
  code.textContent = exampleSource(template.innerHTML, siteRoot);
  live.append(template.content.cloneNode(true));
}

// The snippets written in the page (the script tag) name this site too.
for (const code of document.querySelectorAll<HTMLElement>('code[data-snippet]')) code.textContent = exampleSource(code.textContent ?? '', siteRoot);
