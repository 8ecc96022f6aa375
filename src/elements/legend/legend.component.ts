import { html, type PropertyValues } from 'lit';
import type { MapMetric, SchemeName } from '../../scale/metric-scale.ts';
import { metricAttribute, schemeAttribute, switchAttribute } from '../shared/choice-attribute.ts';
import { keyboardIndex } from '../shared/keyboard-index.ts';
import { MapLinkController } from '../shared/map-link-controller.ts';
import { ParitranaElement } from '../shared/paritrana-element.ts';
import { styleProperties } from '../shared/style-properties.ts';
import { legendModel, type LegendEntry } from '../../scale/legend-entries.ts';
import { LEGEND_MESSAGES } from './legend.messages.ts';
import styles from './legend.styles.ts';

type Highlight = number | 'no-data' | null;

/**
 * @tagname paritrana-legend
 * @summary The map's key: one swatch per class of the metric's fixed scale, the grey hatch for "no
 * published figure" and, with `carry-forward`, the dots and dashed outline that mark an earlier year's
 * figure (both drawn as the map draws them). Narrower than 36rem it is one row: the classes as a colour
 * bar with their breaks as ticks, the other entries by a short name.
 * Pointing at or focusing a class asks the map to highlight its regions.
 *
 * @attr for - The id of a <paritrana-map> on the page to follow, as a label's for names its input; the map may come later.
 * @event paritrana-class-highlight - The reader pointed at or focused an entry (`classIndex` is the
 * class index, or 'no-data' for the hatch), or left it (`classIndex: null`).
 *
 * @csspart title - The heading naming the metric.
 * @csspart entry - Each entry (a button for the classes and the hatch). Also `entry highlighted`.
 * @csspart swatch - The colour, hatch or outline sample of an entry.
 * @csspart label - The text of an entry.
 *
 * @cssproperty --paritrana-legend-font - Font shorthand for the whole legend.
 * @cssproperty --paritrana-legend-text - Text colour.
 * @cssproperty --paritrana-legend-background - Background of the legend.
 * @cssproperty --paritrana-legend-gap - Gap between entries (row and column).
 * @cssproperty --paritrana-legend-swatch-size - Width and height of a swatch.
 * @cssproperty --paritrana-legend-swatch-border - Swatch border and highlighted entry border colour.
 * @cssproperty --paritrana-legend-highlight - Background of the highlighted entry.
 * @cssproperty --paritrana-legend-focus - Keyboard focus ring colour.
 * @cssproperty --paritrana-legend-hatch - Line colour of the no-data hatch (the map's #8a8a8a).
 * @cssproperty --paritrana-legend-hatch-background - Background of the no-data hatch.
 * @cssproperty --paritrana-legend-carried-outline - Colour of the dashed carried-forward outline.
 * @cssproperty --paritrana-legend-carried-dots - Colour of the carried-forward dots.
 * @cssproperty --paritrana-legend-carried-background - Fill under the carried-forward dots.
 */
export class ParitranaLegend extends ParitranaElement {
  static override styles = styles;

  static override properties = {
    metric: { reflect: true, converter: metricAttribute('paritrana-legend') },
    scheme: { reflect: true, converter: schemeAttribute('paritrana-legend') },
    carryForward: { attribute: 'carry-forward', reflect: true, type: Boolean, converter: switchAttribute('paritrana-legend', 'carry-forward') },
    hovered: { state: true },
    focused: { state: true },
    focusIndex: { state: true },
  };

  /** The metric the map shows; its fixed class breaks are listed. */
  metric: MapMetric = 'coverage_pct';
  /** The sequential colour scheme (the change metric always uses its diverging scheme). */
  scheme: SchemeName = 'ylgnbu';
  /** Also show the swatch for figures carried forward from an earlier year. */
  carryForward = false;

  private hovered: Highlight = null;
  private focused: Highlight = null;
  /** Which highlightable entry takes Tab focus (roving tabindex). */
  private focusIndex = 0;
  /** What the page was last told, so moving between entries does not flash null in between. */
  #announced: Highlight = null;

  /** With for="ID": follows that map's metric, scheme, language and carry-forward, and dims its regencies. */
  protected readonly link = new MapLinkController(this, {
    onMapState: (map) => {
      this.metric = map.metric;
      this.scheme = map.scheme;
      this.lang = map.lang;
      this.carryForward = map.carryForward;
    },
  });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('metric') || changed.has('scheme')) {
      // Another scale: the old class index means something else now. Forget it without an event;
      // the page changed the metric, the reader did not move.
      this.hovered = null;
      this.focused = null;
      this.#announced = null;
    }
  }

  override render() {
    const lang = this.language;
    const model = legendModel(this.metric, this.scheme, lang, this.carryForward);
    const interactive = model.entries.filter((e) => e.highlightable);
    const focusIndex = Math.min(this.focusIndex, interactive.length - 1);
    const active = this.hovered ?? this.focused;
    return html`
      <p part="title" id="title">
        <span class="title-full">${model.title}</span>${model.shortTitle === model.title
          ? ''
          : html`<span class="title-short" aria-hidden="true">${model.shortTitle}</span>`}${model.unit ? html`<span class="unit"> (${model.unit})</span>` : ''}
      </p>
      <p id="hint" class="visually-hidden">${LEGEND_MESSAGES[lang].hint}</p>
      <ul aria-labelledby="title" @keydown=${this.#onKeydown}>
        ${model.entries.map((entry) => this.#renderEntry(entry, interactive.indexOf(entry), focusIndex, active))}
      </ul>
    `;
  }

  #renderEntry(entry: LegendEntry, interactiveIndex: number, focusIndex: number, active: Highlight) {
    const swatch = html`<span
      part="swatch"
      class=${entry.kind === 'class' ? 'class' : entry.kind}
      ${styleProperties({ 'background-color': entry.colour ?? undefined })}
      aria-hidden="true"
    ></span>`;
    // Both wordings are drawn; the legend's width picks one (a narrow legend is one row: a colour bar
    // with its breaks as ticks, and short names), and the full one stays for screen readers.
    // Where the title gives the unit, the entry shows its range alone and keeps the full label for screen readers.
    const words =
      entry.shown === entry.label
        ? html`<span part="label" class="full">${entry.label}</span>`
        : html`<span part="label" class="shown" aria-hidden="true">${entry.shown}</span><span class="full visually-hidden">${entry.label}</span>`;
    const label = html`${words}${entry.short === null
        ? ''
        : html`<span class=${entry.kind === 'class' ? 'tick' : 'short'} aria-hidden="true">${entry.short}</span>`}`;
    if (!entry.highlightable) {
      return html`<li class=${entry.kind}><span part="entry" class="static">${swatch}${label}</span></li>`;
    }
    const key = entry.key as number | 'no-data';
    const highlighted = active === key;
    return html`<li class=${entry.kind}>
      <button
        type="button"
        part=${highlighted ? 'entry highlighted' : 'entry'}
        class=${highlighted ? 'highlighted' : ''}
        data-key=${String(key)}
        tabindex=${interactiveIndex === focusIndex ? 0 : -1}
        aria-describedby="hint"
        @pointerenter=${() => this.#setHovered(key)}
        @pointerleave=${() => this.#setHovered(null)}
        @focus=${() => this.#onFocus(key, interactiveIndex)}
        @blur=${() => this.#setFocused(null)}
      >
        ${swatch}${label}
      </button>
    </li>`;
  }

  #onFocus(key: number | 'no-data', index: number): void {
    this.focusIndex = index;
    this.#setFocused(key);
  }

  #setHovered(key: Highlight): void {
    this.hovered = key;
    this.#announce();
  }

  #setFocused(key: Highlight): void {
    this.focused = key;
    // Blur fires before the next entry's focus: wait a microtask so a move between entries is one event.
    queueMicrotask(() => this.#announce());
  }

  #announce(): void {
    const active = this.hovered ?? this.focused;
    if (active === this.#announced) return;
    this.#announced = active;
    this.emit('paritrana-class-highlight', { classIndex: active });
    if (this.link.map) this.link.map.highlightClass = active;
  }

  #onKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[part~="entry"]')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    // Arrows wrap, as in a toolbar.
    const target = keyboardIndex(event.key, current, buttons.length, { wrap: true });
    if (target === null) return;
    event.preventDefault();
    this.focusIndex = target;
    buttons[target]!.focus();
  }
}
