// The base class of the five elements: lang from the attribute or the page, emit(), guarded define().
import { html } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ParitranaElement } from './paritrana-element.ts';

/** A minimal element: says which language it speaks. */
class LangProbe extends ParitranaElement {
  override render() {
    return html`${this.language}`;
  }

  fire(code: string | null): void {
    this.emit('paritrana-region-select', { code });
  }
}
LangProbe.define('test-lang-probe');

async function probe(markup: string): Promise<LangProbe> {
  document.body.innerHTML = markup;
  const el = document.querySelector<LangProbe>('test-lang-probe')!;
  await el.updateComplete;
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
  vi.restoreAllMocks();
});

describe('ParitranaElement: lang', () => {
  test('with no lang anywhere around it: Bahasa Indonesia, and no attribute is written', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await probe('<div><test-lang-probe></test-lang-probe></div>');
    expect(el.lang).toBe('id');
    expect(el.hasAttribute('lang')).toBe(false);
    expect(el.shadowRoot!.textContent).toBe('id');
  });

  test('its own attribute wins over the page', async () => {
    document.documentElement.lang = 'id';
    const el = await probe('<test-lang-probe lang="en"></test-lang-probe>');
    expect(el.lang).toBe('en');
    expect(el.shadowRoot!.textContent).toBe('en');
  });

  test('else the nearest lang around it, across a shadow root; "en-GB" is English', async () => {
    document.documentElement.lang = 'id';
    document.body.innerHTML = '<section lang="en-GB"><div id="host"></div></section>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<test-lang-probe></test-lang-probe>';
    const el = shadow.querySelector<LangProbe>('test-lang-probe')!;
    await el.updateComplete;
    expect(el.lang).toBe('en-GB');
    expect(el.shadowRoot!.textContent).toBe('en');
  });

  test('follows a change of the page’s language while it has none of its own', async () => {
    document.documentElement.lang = 'id';
    const el = await probe('<test-lang-probe></test-lang-probe>');
    expect(el.shadowRoot!.textContent).toBe('id');
    document.documentElement.lang = 'en';
    // A frame or two here; seconds on a loaded machine.
    await vi.waitFor(() => expect(el.shadowRoot!.textContent).toBe('en'), { timeout: 10_000 });
  });

  test('setting the property sets the attribute; setting it to "" removes it and the page’s language returns', async () => {
    document.documentElement.lang = 'en';
    const el = await probe('<test-lang-probe></test-lang-probe>');
    el.lang = 'id';
    await el.updateComplete;
    expect(el.getAttribute('lang')).toBe('id');
    expect(el.shadowRoot!.textContent).toBe('id');
    el.lang = '';
    await el.updateComplete;
    expect(el.hasAttribute('lang')).toBe(false);
    expect(el.shadowRoot!.textContent).toBe('en');
  });
});

describe('ParitranaElement: emit', () => {
  test('events bubble out of shadow roots to the page, with their detail', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<test-lang-probe></test-lang-probe>';
    const el = shadow.querySelector<LangProbe>('test-lang-probe')!;
    const heard: (string | null)[] = [];
    document.addEventListener('paritrana-region-select', (e) => heard.push((e as CustomEvent<{ code: string | null }>).detail.code), { once: true });
    el.fire('61.04');
    expect(heard).toEqual(['61.04']);
  });
});

describe('ParitranaElement.define', () => {
  test('defines the tag once; defining it again from the same copy says nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class First extends ParitranaElement {}
    First.define('test-define-once');
    First.define('test-define-once');
    expect(customElements.get('test-define-once')).toBe(First);
    expect(warn).not.toHaveBeenCalled();
  });

  test('another copy of the same version defines nothing and says nothing (the script loaded twice)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class First extends ParitranaElement {}
    class SameVersionCopy extends ParitranaElement {}
    First.define('test-define-copy');
    SameVersionCopy.define('test-define-copy');
    expect(customElements.get('test-define-copy')).toBe(First);
    expect(warn).not.toHaveBeenCalled();
  });

  test('another version defines nothing and warns, naming both versions', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class First extends ParitranaElement {}
    class Newer extends ParitranaElement {
      static override version = '9.9.9';
    }
    First.define('test-define-clash');
    Newer.define('test-define-clash');
    expect(customElements.get('test-define-clash')).toBe(First);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(new RegExp(`<test-define-clash>.*v${ParitranaElement.version.replace(/\./g, '\\.')}.*v9\\.9\\.9`));
  });

  test('a class defined under one tag can be defined under another (a page choosing its own name)', () => {
    class Twice extends ParitranaElement {}
    Twice.define('test-define-first-name');
    Twice.define('test-define-second-name');
    expect(customElements.get('test-define-first-name')).toBe(Twice);
    expect(document.createElement('test-define-second-name')).toBeInstanceOf(Twice);
  });
});
