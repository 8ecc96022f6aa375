// DOM helpers the pages share. Markup is written with lit's html`` and render(), which put every
// string from a data file in as text, never as markup.

/** An element the page's HTML must contain: a missing one is a bug in the page, said plainly. */
export function requiredElement<T extends Element>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${location.pathname.split('/').pop() || 'the page'} has no ${selector}`);
  return found;
}
