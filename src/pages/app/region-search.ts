// The regency search of index.html: a text box that suggests regencies as the reader types (the
// WAI-ARIA combobox with a listbox popup). The focus stays in the box; the active suggestion is
// named by aria-activedescendant, so a screen reader reads it while the reader keeps typing.
// Which regencies match is matchRegions' rule (src/model/region-search.ts); choosing one hands its
// code to the page, which owns the selection.
import { html, render } from 'lit';
import type { Region } from '../../data/index.ts';
import { matchRegions, type RegionMatch } from '../../model/region-search.ts';

interface RegionSearchWords {
  /** "dahulu Kabupaten Pontianak, hingga 2014" */
  formerName: (name: string, until: number) => string;
  /** "2 kabupaten/kota cocok." */
  count: (count: number) => string;
  none: string;
}

export interface RegionSearchOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  /** A role=status paragraph: how many suggestions there are, for readers who do not see the list. */
  status: HTMLElement;
  regions: () => readonly Region[];
  words: () => RegionSearchWords;
  choose: (code: string) => void;
}

export interface RegionSearch {
  /** Shows the chosen regency's name in the box (or empties it), without opening the suggestions. */
  show(region: Region | null): void;
}

export function setUpRegionSearch({ input, list, status, regions, words, choose }: RegionSearchOptions): RegionSearch {
  let matches: RegionMatch[] = [];
  let active = -1;
  const optionId = (match: RegionMatch) => `${list.id}-${match.region.code.replace('.', '-')}`;

  const draw = () => {
    const w = words();
    render(
      matches.map(
        (match, i) => html`<li
          id=${optionId(match)}
          role="option"
          data-code=${match.region.code}
          aria-selected=${String(i === active)}
          @mousedown=${(e: MouseEvent) => e.preventDefault()}
          @click=${() => pick(match)}
        >${match.region.name}${match.formerName ? html` <span class="former-name">(${w.formerName(match.formerName.name, match.formerName.until)})</span>` : ''}</li>`,
      ),
      list,
    );
    const open = !list.hidden;
    input.setAttribute('aria-expanded', String(open));
    const activeMatch = matches[active];
    if (open && activeMatch) {
      input.setAttribute('aria-activedescendant', optionId(activeMatch));
      list.querySelector(`#${optionId(activeMatch)}`)?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const openWith = (query: string) => {
    matches = matchRegions(regions(), query);
    active = -1;
    list.hidden = false;
    status.textContent = matches.length > 0 ? words().count(matches.length) : words().none;
    draw();
  };

  const close = () => {
    list.hidden = true;
    active = -1;
    draw();
  };

  const pick = (match: RegionMatch) => {
    input.value = match.region.name;
    close();
    choose(match.region.code);
  };

  input.addEventListener('input', () => openWith(input.value));
  // The box shows the chosen regency's name; typing replaces it rather than adding to it.
  input.addEventListener('focus', () => input.select());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      // Alt+Down, or a first Down, opens the list; then the arrows move through it and wrap.
      if (list.hidden) {
        openWith(input.value);
        if (e.altKey) return;
      }
      if (matches.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      active = active === -1 ? (step === 1 ? 0 : matches.length - 1) : (active + step + matches.length) % matches.length;
      draw();
    } else if (e.key === 'Enter') {
      if (list.hidden) return;
      // Enter takes the active suggestion, or the first when the reader typed and pressed Enter at once.
      const match = matches[active] ?? matches[0];
      if (match) {
        e.preventDefault();
        pick(match);
      }
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else if (input.value !== '') {
        e.preventDefault();
        input.value = '';
      }
    }
  });

  return {
    show(region) {
      if (document.activeElement === input && !list.hidden) return;
      input.value = region?.name ?? '';
    },
  };
}
