// Small helpers for building elements without innerHTML: every string from a data file goes in as
// text, never as markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

type Attributes = Record<string, string | number | null | undefined>;
type Child = Node | string | null | undefined | false;

function assign(element: Element, attributes: Attributes, children: Child[]): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
}

export function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  assign(element, attributes, children);
  return element;
}

export function html<K extends keyof HTMLElementTagNameMap>(name: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(name);
  assign(element, attributes, children);
  return element;
}

/** An element the page's HTML must contain: a missing one is a bug in the page, said plainly. */
export function requiredElement<T extends Element>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${location.pathname.split('/').pop() || 'the page'} has no ${selector}`);
  return found;
}
