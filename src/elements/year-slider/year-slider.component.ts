import { html, nothing, svg, type PropertyValues } from 'lit';
import { emit } from '../shared/emit.ts';
import { formatNumber } from '../../i18n/format.ts';
import { fill } from '../../i18n/messages.ts';
import { nearestYear, nextPlayYear, playStartYear, yearAtPosition, yearForKey, yearPosition } from './year-steps.ts';
import { YEAR_SLIDER_MESSAGES } from './year-slider.messages.ts';
import styles from './year-slider.styles.ts';
import { DataController } from '../shared/data-controller.ts';
import { MapLinkController } from '../shared/map-link-controller.ts';
import { ParitranaElement } from '../shared/paritrana-element.ts';
import { styleProperties } from '../shared/style-properties.ts';
import { dataNotice } from '../shared/data-notice.ts';
import { switchAttribute, warnUnknownValue, yearAttribute } from '../shared/choice-attribute.ts';
import { sliderYears, type EditionMark } from '../../model/years.ts';

/** The speeds offered, in seconds per year; a `speed` set to another value is offered too. */
const SPEEDS: readonly number[] = [0.5, 1, 2];

// "2021 2022 2023" or "2021,2022" in HTML; a number[] from code.
const yearList = {
  fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/).filter(Boolean).map(Number).filter(Number.isFinite),
  toAttribute: (value: number[]) => value.join(' '),
};

// "2024:2025 2023:2023": the year judged, then the edition that judged it; EditionMark[] from code. A
// bare year names no edition and gets no trophy: a trophy says which edition judged the year.
const markList = {
  fromAttribute: (value: string | null): EditionMark[] =>
    (value ?? '')
      .split(/[\s,]+/)
      .map((token) => token.split(':').map(Number))
      .filter(([year, edition]) => Number.isFinite(year) && Number.isFinite(edition))
      .map(([year, edition]) => ({ year: year!, edition: edition! })),
  toAttribute: (value: EditionMark[]) => value.map((m) => `${m.year}:${m.edition}`).join(' '),
};

// Seconds a year, above 0: "fast" or "0" would play at the browser's full speed.
const speedAttribute = {
  fromAttribute: (value: string | null): number => {
    if (value === null || value === '') return 1;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds > 0) return seconds;
    warnUnknownValue('paritrana-year-slider', 'speed', value, 'a number of seconds above 0 (0.5, 1, 2)', '"1"');
    return 1;
  },
  toAttribute: (value: number) => String(value),
};

const trophy = svg`<path d="M3 1h10v2h2v2a3 3 0 0 1-3 3h-.3A4 4 0 0 1 9 10.9V13h3v2H4v-2h3v-2.1A4 4 0 0 1 4.3 8H4a3 3 0 0 1-3-3V3h2zm0 4V5a1 1 0 0 0 1 1zm10 0v1a1 1 0 0 0 1-1z"/>`;
const playIcon = svg`<path d="M3 1.5v13l11-6.5z"/>`;
const pauseIcon = svg`<path d="M3 1.5h3.5v13H3zm6.5 0H13v13H9.5z"/>`;

/**
 * @tagname paritrana-year-slider
 * @summary The year control: a slider over the years that have a figure or an award edition, with
 * a tick and label for every year, a trophy on each year an award edition judged (its title and
 * label say which edition: "dinilai pada Paritrana Award 2025"), and play/pause that steps one year
 * per `speed` seconds and stops at the last year (started at the last year, it starts from the first).
 *
 * @attr for - The id of a <paritrana-map> on the page to follow, as a label's for names its input; the map may come later.
 * @attr data-base - Root of another deployment whose data/ folder to read (default: the site the script came from).
 * @attr province - The area to show: a province's two-digit Kemendagri code ("63": its regencies and cities) or "indonesia" (the 38 provinces); by default the deployment's own province.
 * @attr coverage-src - A coverage CSV to use instead of the deployed one (a partner's own figures), relative to the page.
 * @attr regions-src - A regions CSV to use instead of the deployed one.
 * @attr awards-src - An awards CSV to use instead of the deployed one.
 * @attr data-managed - The page hands the element its data by property; nothing is fetched.
 * @attr data-late-after - Milliseconds of loading after which the element says the data is late and still coming (default 10000).
 * @event paritrana-year-change - The reader chose a year: by dragging, clicking a tick, a key, or a
 * step of play they started. Not fired when `value` is set from code.
 *
 * @csspart track - The slider itself (role="slider"), 44 px tall.
 * @csspart thumb - The handle on the selected year.
 * @csspart tick - Each year's tick and label. Also `tick selected`, `tick edition`.
 * @csspart play-button - The Play/Pause button.
 * @csspart speed - The speed select.
 * @csspart loading - The notice that the data is on its way (role="status"), and later that it is late.
 *
 * @cssproperty --paritrana-year-slider-font - Font shorthand for the whole control.
 * @cssproperty --paritrana-year-slider-text - Text colour. Every colour has a light and a dark value and follows the page's color-scheme.
 * @cssproperty --paritrana-year-slider-muted - Colour of unselected year labels and the edition key.
 * @cssproperty --paritrana-year-slider-accent - Thumb, filled track and play button colour.
 * @cssproperty --paritrana-year-slider-track - Colour of the unfilled track and tick marks.
 * @cssproperty --paritrana-year-slider-focus - Keyboard focus ring colour.
 * @cssproperty --paritrana-year-slider-edition - Colour of the award-edition trophy.
 */
export class ParitranaYearSlider extends ParitranaElement {
  static override styles = styles;

  static override properties = {
    years: { converter: yearList },
    editions: { converter: markList },
    value: { converter: yearAttribute('paritrana-year-slider', 'value', Number.NaN) },
    playing: { reflect: true, type: Boolean, converter: switchAttribute('paritrana-year-slider', 'playing') },
    speed: { converter: speedAttribute },
  };

  /** The years offered, ascending (the page passes sliderYears(dataset).years). */
  years: number[] = [];
  /** The years award editions judged, each with its edition (the page passes sliderYears(dataset).marks); each gets a trophy and says which edition. */
  editions: EditionMark[] = [];
  /** The selected year; when unset or not offered, the nearest offered year (or the last) is shown. */
  value: number = Number.NaN;
  /** True while play steps through the years. */
  playing = false;
  /** Seconds per year while playing. */
  speed = 1;

  #timer: ReturnType<typeof setTimeout> | undefined;
  #dragging = false;

  /** With for="ID": follows that map's year and language, and moves the map when the reader moves the slider. */
  protected readonly link = new MapLinkController(this, {
    onMapState: (map) => {
      if (map.year !== undefined && map.year !== null) this.value = map.year;
      this.lang = map.lang;
    },
  });

  /** Alone, without `years`, the slider offers the years of the data beside the script (or of its map's). */
  protected readonly loader = new DataController(this, {
    link: this.link,
    hasData: () => this.years.length > 0,
    onData: (data) => {
      const { years, marks } = sliderYears(data.dataset);
      this.years = years;
      this.editions = marks;
    },
  });

  /** The year shown: `value` when offered, else the nearest offered year, else the last. */
  get #current(): number | undefined {
    const years = this.#years;
    if (Number.isFinite(this.value)) return nearestYear(years, this.value);
    return years[years.length - 1];
  }

  get #years(): number[] {
    return [...new Set(this.years)].filter(Number.isFinite).sort((a, b) => a - b);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTimer();
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('playing') || changed.has('speed')) {
      this.#stopTimer();
      if (this.playing) this.#scheduleStep();
    }
  }

  override render() {
    const lang = this.language;
    const t = YEAR_SLIDER_MESSAGES[lang];
    const years = this.#years;
    const current = this.#current;
    const marks = new Map(this.editions.map((m) => [m.year, m]));
    const markText = (year: number) => {
      const mark = marks.get(year);
      return mark ? fill(t.judgedBy, { edition: mark.edition }) : null;
    };
    const at = (year: number) => `${(yearPosition(years, year) * 100).toFixed(3)}%`;
    const speeds = SPEEDS.includes(this.speed) || !(this.speed > 0) ? SPEEDS : [...SPEEDS, this.speed].sort((a, b) => a - b);
    const valueText = current === undefined ? nothing : marks.has(current) ? `${current}, ${markText(current)}` : String(current);
    // Without years the slider cannot answer a key: it takes no focus at all until they come (with
    // tabindex="-1" a click or a script focused it, and the first arrow pressed then was lost).
    return html`
      <div class="rail" @pointerdown=${this.#onPointerDown} @pointermove=${this.#onPointerMove} @pointerup=${this.#onPointerUp} @pointercancel=${this.#onPointerUp}>
        <div
          part="track"
          role="slider"
          tabindex=${years.length > 0 ? 0 : nothing}
          aria-label=${t.year}
          aria-orientation="horizontal"
          aria-valuemin=${years[0] ?? nothing}
          aria-valuemax=${years[years.length - 1] ?? nothing}
          aria-valuenow=${current ?? nothing}
          aria-valuetext=${valueText}
          aria-disabled=${years.length === 0 ? 'true' : nothing}
          @keydown=${this.#onKeydown}
        >
          <div class="line"></div>
          ${current === undefined
            ? nothing
            : html`<div class="fill" ${styleProperties({ width: at(current) })}></div>
                <div part="thumb" ${styleProperties({ left: at(current) })}></div>`}
        </div>
        <div class="ticks">
          ${years.map((year) => {
            const mark = markText(year);
            const parts = ['tick', year === current ? 'selected' : '', mark ? 'edition' : ''].filter(Boolean).join(' ');
            return html`<span part=${parts} class=${year === current ? 'selected' : ''} ${styleProperties({ left: at(year) })} data-year=${year} title=${mark ?? nothing}
              >${year}${mark
                ? html`<svg class="trophy" viewBox="0 0 16 16" aria-hidden="true">${trophy}</svg><span class="visually-hidden">, ${mark}</span>`
                : nothing}</span
            >`;
          })}
        </div>
      </div>
      <div class="controls">
        <button type="button" part="play-button" class=${this.playing ? 'playing' : ''} ?disabled=${years.length < 2} @click=${this.#togglePlay}>
          <svg viewBox="0 0 16 16" aria-hidden="true">${this.playing ? pauseIcon : playIcon}</svg>${this.playing ? t.pause : t.play}
        </button>
        <label
          >${t.speed}
          <select part="speed" @change=${this.#onSpeedChange}>
            ${speeds.map(
              (s) => html`<option value=${s} ?selected=${s === this.speed}>${fill(t.perYear, { seconds: formatNumber(s, lang) })}</option>`,
            )}
          </select>
        </label>
        ${years.some((y) => marks.has(y))
          ? html`<span class="edition-key" aria-hidden="true"><svg class="trophy" viewBox="0 0 16 16">${trophy}</svg>${t.editionKey}</span>`
          : nothing}
      </div>
      ${dataNotice(this.loader.status, lang)}
    `;
  }

  /** Select a year because the reader asked for it: the only path that emits. */
  #choose(year: number | null | undefined): void {
    if (year === null || year === undefined || year === this.#current) return;
    this.value = year;
    this.emit('paritrana-year-change', { year });
    const map = this.link.map;
    if (map) {
      // The map changes because the reader moved its linked slider: the map says so too, so a page
      // listening to the map alone hears every change of year.
      map.year = year;
      emit(map, 'paritrana-year-change', { year });
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      this.#togglePlay();
      return;
    }
    const current = this.#current;
    if (current === undefined) return;
    const year = yearForKey(this.#years, current, event.key);
    if (year === null) return;
    event.preventDefault();
    this.#choose(year);
  }

  #positionOf(event: PointerEvent): number {
    const line = this.renderRoot.querySelector('.line')!.getBoundingClientRect();
    return line.width > 0 ? (event.clientX - line.left) / line.width : 0.5;
  }

  #onPointerDown(event: PointerEvent): void {
    if (event.button !== 0 || this.#years.length === 0) return;
    const rail = event.currentTarget as HTMLElement;
    rail.setPointerCapture?.(event.pointerId);
    this.#dragging = true;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('[part~="track"]')!.focus();
    this.#choose(yearAtPosition(this.#years, this.#positionOf(event)));
  }

  #onPointerMove(event: PointerEvent): void {
    if (!this.#dragging) return;
    this.#choose(yearAtPosition(this.#years, this.#positionOf(event)));
  }

  #onPointerUp(): void {
    this.#dragging = false;
  }

  #togglePlay(): void {
    if (this.playing) {
      this.playing = false;
      return;
    }
    const years = this.#years;
    if (years.length < 2) return;
    this.#choose(playStartYear(years, this.#current ?? years[0]!));
    this.playing = true;
  }

  #onSpeedChange(event: Event): void {
    const speed = Number((event.target as HTMLSelectElement).value);
    if (speed > 0) this.speed = speed;
  }

  #scheduleStep(): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const next = nextPlayYear(this.#years, this.#current ?? Number.POSITIVE_INFINITY);
      if (next === null) {
        this.playing = false;
        return;
      }
      this.#choose(next);
      if (nextPlayYear(this.#years, next) === null) this.playing = false;
      else this.#scheduleStep();
    }, Math.max(0.1, this.speed) * 1000);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
