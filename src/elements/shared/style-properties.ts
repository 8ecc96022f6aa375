// Styles computed at render time (a swatch's colour, a label's place, the slider's thumb), set through
// the CSSOM. A style attribute, Lit's `style="..."` or its styleMap (which writes the attribute on its
// first render), is inline style: a page whose Content-Security-Policy has no 'unsafe-inline' in
// style-src blocks it, and the site's own policy (scripts/offline/content-security-policy.mjs) has none,
// nor do many partners'. element.style.setProperty() is not inline style and is never blocked.
import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** CSS property names as CSS writes them ("left", "background-color", "--paritrana-x"); undefined removes one. */
export type StyleProperties = Readonly<Record<string, string | undefined>>;

class StylePropertiesDirective extends Directive {
  /** What this element was given last time, so a property dropped from the map is removed. */
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperties() goes on the element itself: <span ${styleProperties({...})}>');
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    const current = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      current.add(name);
      style.setProperty(name, value);
    }
    for (const name of this.#previous) if (!current.has(name)) style.removeProperty(name);
    this.#previous = current;
    return noChange;
  }
}

/**
 * Sets the element's style properties through the CSSOM, never its style attribute, so they survive a
 * Content-Security-Policy without 'unsafe-inline':
 * html`<span ${styleProperties({ left: `${x}px` })}></span>`.
 */
export const styleProperties = directive(StylePropertiesDirective);
