// What every Peta Paritrana element shares (after Shoelace's ShoelaceElement): the reader's language,
// taken from the element's own `lang` or else from the page around it; one `emit()`; and one guarded
// `define()`, so a page that loads the elements twice (two embeds, or the script and the npm package)
// gets one definition and, when the two copies differ, a warning that names both versions.
import { LitElement, type PropertyDeclarations } from 'lit';
import { LANGS, toLang, type Lang } from '../../i18n/lang.ts';
import { warnUnknownValue } from './choice-attribute.ts';
import { emit as emitEvent } from './emit.ts';
import type { ParitranaEventMap, ParitranaEventName } from './events.ts';
import { PARITRANA_VERSION } from './version.ts';

/** Elements that follow the page's language: told when <html lang> changes. */
const followers = new Set<ParitranaElement>();
let pageLangObserver: MutationObserver | null = null;

function followPageLang(element: ParitranaElement): void {
  followers.add(element);
  if (pageLangObserver) return;
  pageLangObserver = new MutationObserver(() => {
    for (const follower of followers) follower.requestUpdate('lang');
  });
  pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

function unfollowPageLang(element: ParitranaElement): void {
  followers.delete(element);
  if (followers.size > 0 || !pageLangObserver) return;
  pageLangObserver.disconnect();
  pageLangObserver = null;
}

/** The nearest `lang` above `node`, crossing out of shadow roots to their hosts; '' when there is none. */
function inheritedLang(node: Node): string {
  let at: Node | null = node.parentNode;
  while (at) {
    if (at instanceof Element) {
      const lang = at.getAttribute('lang');
      if (lang) return lang;
      at = at.parentNode;
    } else if (at instanceof ShadowRoot) {
      at = at.host;
    } else {
      at = at.parentNode;
    }
  }
  return '';
}

export class ParitranaElement extends LitElement {
  /** The version of this copy of the elements; `define()` compares it with a tag's existing definition. */
  static version: string = PARITRANA_VERSION;

  static override properties: PropertyDeclarations = {
    // Not reflected by Lit: the attribute holds only what was asked for (see the accessor).
    lang: {},
  };

  /**
   * Defines the element under `tag`, once. When the tag is already defined by another copy of the
   * elements, nothing is defined; a different version is warned about, naming both.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag);
    if (!existing) {
      try {
        customElements.define(tag, this);
      } catch {
        // This class already has another tag (a test or an embedding page chose its own name): a
        // constructor can be defined once, so define a subclass.
        const renamed = class extends this {};
        customElements.define(tag, renamed);
      }
      return;
    }
    if (existing === this || Object.getPrototypeOf(existing) === this) return;
    const theirs = (existing as Partial<typeof ParitranaElement>).version;
    if (theirs === this.version) return;
    console.warn(
      `<${tag}>: already defined by Peta Paritrana ${theirs ? `v${theirs}` : '(unknown version)'}; this copy (v${this.version}) is not used. ` +
        'Load the elements once, from one place.',
    );
  }

  #lang = '';

  /**
   * Language of the element's words: its `lang` attribute, else the nearest `lang` around it in the
   * page (across shadow roots), else 'id'. Setting it sets the attribute; '' (or null) removes it.
   */
  override get lang(): string {
    return this.#lang || (this.isConnected ? inheritedLang(this) : '') || 'id';
  }

  override set lang(value: string | null | undefined) {
    this.#lang = value ?? '';
    // Synced by hand rather than reflected by Lit: a reflected value would write the inherited language
    // into the attribute and stop the element following the page.
    if (this.#lang === (this.getAttribute('lang') ?? '')) return;
    if (this.#lang) this.setAttribute('lang', this.#lang);
    else this.removeAttribute('lang');
  }

  /** The language the element speaks: 'en' for any English ("en", "en-GB"), else 'id'. */
  protected get language(): Lang {
    return toLang(this.lang.split('-')[0]!.toLowerCase());
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Only the element's own attribute: a page in another language around it is not a typo.
    if (name === 'lang' && value && this.language !== value.split('-')[0]!.toLowerCase()) warnUnknownValue(this.localName, name, value, LANGS, '"id"');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLang(this);
    // Moved to another part of the page: the language around it may be another.
    this.requestUpdate('lang');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowPageLang(this);
  }

  /** Fires one of the elements' events from this element: bubbling and composed (see events.ts). */
  protected emit<K extends ParitranaEventName>(name: K, detail: ParitranaEventMap[K], options?: Omit<CustomEventInit, 'detail'>): CustomEvent<ParitranaEventMap[K]> {
    return emitEvent(this, name, detail, options);
  }
}
