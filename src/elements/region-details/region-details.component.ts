import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { isTargetMetric, METRIC_BY_ID, type Award, type CoverageFigure, type Dataset } from '../../data/index.ts';
import { formatDate, formatPercent, formatPeriod, formatPeriodShort, sourceHost } from '../../i18n/format.ts';
import { formatFigure } from '../../model/year-figures.ts';
import type { Lang } from '../../i18n/lang.ts';
import { metricDefinition } from '../../model/metrics.ts';
import { COMMON, fill, RANK_LABELS, REGION_TYPE_LABELS } from '../../i18n/messages.ts';
import { chartLayout, CHART_HEIGHT } from './coverage-chart.ts';
import { MESSAGES } from './region-details.messages.ts';
import { chartYears, figureNote, regionDetails, type CoverageYear, type RegionDetails } from './region-details.model.ts';
import styles from './region-details.styles.ts';
import { DataController } from '../shared/data-controller.ts';
import { MapLinkController } from '../shared/map-link-controller.ts';
import { ParitranaElement } from '../shared/paritrana-element.ts';
import { yearAttribute } from '../shared/choice-attribute.ts';
import { dataNotice } from '../shared/data-notice.ts';
import { sourceLink } from '../shared/source-link.ts';

/**
 * The table's years, plus the selected year when it has no figure: the reader who chose 2025 sees
 * that nothing was published for it, rather than a table that silently stops at 2024.
 */
function withSelectedYear(years: readonly CoverageYear[], selected: number): CoverageYear[] {
  if (years.some((y) => y.year === selected)) return [...years];
  return [...years, { year: selected, figures: [], disagree: false }].sort((a, b) => a.year - b.year);
}

/** Below this the chart is not drawn narrower: it scrolls instead of crushing its labels. */
const MIN_CHART_WIDTH = 240;

/**
 * @tagname paritrana-region-details
 * @summary Everything published about one region: its codes and former names, a chart and a table
 * of its coverage over time (with every source, and disagreeing figures side by side), its other
 * published figures, the change for the selected year, and its Paritrana Awards.
 *
 * @attr for - The id of a <paritrana-map> on the page to follow, as a label's for names its input; the map may come later.
 * @attr data-base - Root of another deployment whose data/ folder to read (default: the site the script came from).
 * @attr province - The area to show: a province's two-digit Kemendagri code ("63": its regencies and cities) or "indonesia" (the 38 provinces); by default the deployment's own province.
 * @attr coverage-src - A coverage CSV to use instead of the deployed one (a partner's own figures), relative to the page.
 * @attr regions-src - A regions CSV to use instead of the deployed one.
 * @attr awards-src - An awards CSV to use instead of the deployed one.
 * @attr data-managed - The page hands the element its data by property; nothing is fetched.
 * @attr data-late-after - Milliseconds of loading after which the element says the data is late and still coming (default 10000).
 * @csspart heading - The region's name (an h2).
 * @csspart chart - The box around the coverage chart (SVG).
 * @csspart figures - The section with the tables of published figures.
 * @csspart awards - The section with the region's awards.
 * @csspart source - Each figure's and award's source: a link named by its host, or the address as text where it is no web address.
 * @csspart loading - The notice that the data is on its way (role="status"), and later that it is late.
 *
 * @cssproperty --paritrana-details-ink - Text colour.
 * @cssproperty --paritrana-details-muted - Secondary text, axis labels and grid lines.
 * @cssproperty --paritrana-details-rule - Table rules and the chart frame.
 * @cssproperty --paritrana-details-accent - Links, chart points and lines.
 * @cssproperty --paritrana-details-highlight - Background of the selected year (chart band and table row).
 * @cssproperty --paritrana-details-marker - Ring round the points of the selected year.
 * @cssproperty --paritrana-details-focus - Focus outline.
 * @cssproperty --paritrana-details-gap - Space between the sections.
 */
export class ParitranaRegionDetails extends ParitranaElement {
  static override styles = styles;

  static override properties = {
    data: { attribute: false },
    code: { type: String, reflect: true },
    year: { reflect: true, converter: yearAttribute('paritrana-region-details', 'year', null) },
  };

  /** The loaded data (the dataset of loadAppData); nothing is shown until it is set. */
  data: Dataset | null = null;
  /** The chosen region's Kemendagri code ("61.04", or the two-digit province code); null shows a prompt. */
  code: string | null = null;
  /** The selected year: highlighted in the chart and the table, and the year of the change shown. */
  year: number | null = null;
  /** The element's width, which the chart follows: the last width seen while the element was shown. */
  readonly #width: ResizeController<number | undefined> = new ResizeController(this, {
    skipInitial: true,
    callback: (entries) => Math.floor(entries[0]?.contentRect.width ?? 0) || this.#width.value,
  });

  /** With for="ID": shows that map's selection, in its year and language. */
  protected readonly link = new MapLinkController(this, {
    onMapState: (map) => {
      this.code = map.selected;
      this.year = map.year ?? null;
      this.lang = map.lang;
    },
  });

  /** Alone, the panel loads the data beside the script (or its map's). */
  protected readonly loader = new DataController(this, {
    link: this.link,
    hasData: () => this.data !== null,
    onData: (data) => {
      this.data = data.dataset;
    },
  });

  protected override render(): TemplateResult {
    const lang = this.language;
    const m = MESSAGES[lang];
    const notice = dataNotice(this.loader.status, lang);
    if (!this.data || this.code === null || this.code === '') {
      // On the national map the areas are provinces (its whole is the country).
      return html`<p class="prompt">${this.data?.regions.province?.type === 'negara' ? m.promptProvince : m.prompt}</p>${notice}`;
    }
    // Without a chosen year, the latest year with any coverage figure (never today's date: the page
    // must read the same whenever it is opened).
    const year = this.year ?? chartYears(this.data, null)?.[1] ?? 0;
    const details = regionDetails(this.data, this.code, year, this.language);
    if (!details) return html`<p class="prompt" role="status">${fill(m.unknownRegion, { code: this.code })}</p>`;
    return html`
      ${this.#header(details, lang)}
      ${this.#coverage(details, lang, year)}
      ${this.#figures(details, lang, year)}
      ${this.#awards(details.awards, lang)}
      ${notice}
    `;
  }

  #header({ region }: RegionDetails, lang: Lang): TemplateResult {
    const m = MESSAGES[lang];
    return html`
      <header>
        <h2 part="heading" id="heading">${region.name}</h2>
        <p class="type">${REGION_TYPE_LABELS[lang][region.type]}</p>
        <dl class="codes">
          <div><dt>${m.kemendagriCode}</dt><dd class="code" data-field="kemendagri">${region.code}</dd></div>
          <div><dt>${m.bpsCode}</dt><dd class="code" data-field="bps">${region.bpsCode}</dd></div>
          ${region.formerNames.length > 0
            ? html`<div>
                <dt>${m.formerNames}</dt>
                <dd data-field="former">${region.formerNames.map((f) => fill(m.formerName, { name: f.name, year: f.until })).join('; ')}</dd>
              </div>`
            : nothing}
        </dl>
      </header>
    `;
  }

  #coverage(details: RegionDetails, lang: Lang, year: number): TemplateResult {
    const m = MESSAGES[lang];
    const { region, change } = details;
    // The change's words are the year's picture's (src/model/year-figures.ts): the map's tooltip and the table say the same.
    const changeText =
      change?.origin === 'computed' && change.text && change.previousText && change.figureText && change.previous && change.figure
        ? html`<strong class="change-value">${change.text.value}</strong>
            <span class="muted"
              >${fill(m.changeFrom, {
                before: change.previousText.value,
                beforePeriod: formatPeriodShort(change.previous.period, lang),
                after: change.figureText.value,
                afterPeriod: formatPeriodShort(change.figure.period, lang),
              })}</span
            >`
        : change?.state === 'no-earlier' && change.figureText
          ? // A figure this year and none the year before: not the same as no figure at all.
            html`<span class="no-earlier">${COMMON[lang].noEarlier}</span>
              <span class="muted"
                >${fill(m.noEarlierFrom, {
                  year,
                  after: change.figureText.value,
                  afterPeriod: change.figureText.period,
                  previous: year - 1,
                })}</span
              >`
          : html`<span class="muted">${COMMON[lang].noChange}</span>`;
    return html`
      <section class="coverage" aria-labelledby="coverage-title">
        <h3 id="coverage-title">${m.coverageTitle}</h3>
        ${details.coverage.length === 0
          ? html`<p class="no-coverage">${fill(m.noCoverage, { name: region.name })}</p>`
          : html`<div part="chart" class="chart">${this.#chart(details, lang, year)}</div>
              <p class="note">${m.lineNote}</p>`}
        <p class="change">
          <span class="change-label">${fill(m.changeFor, { label: metricDefinition('coverage_change_pp').label[lang], year })}:</span>
          ${changeText}
        </p>
      </section>
    `;
  }

  #chart(details: RegionDetails, lang: Lang, year: number): TemplateResult {
    const m = MESSAGES[lang];
    const years = chartYears(this.data!, year)!;
    const width = Math.max(MIN_CHART_WIDTH, this.#width.value || 320);
    const layout = chartLayout(details.coverage, details.segments, { width, years, selectedYear: year });
    const { plot } = layout;
    const label = fill(m.chartLabel, { name: details.region.name, from: years[0], to: years[1] });
    return html`<svg
      role="img"
      aria-label=${label}
      width=${layout.width}
      height=${CHART_HEIGHT}
      viewBox="0 0 ${layout.width} ${CHART_HEIGHT}"
    >
      ${layout.yearBands.map(
        (band) => svg`
          ${band.selected ? svg`<rect class="selected-band" x=${band.x0} y=${plot.top} width=${band.x1 - band.x0} height=${plot.bottom - plot.top}></rect>` : nothing}
          <line class="year-rule" x1=${band.x0} x2=${band.x0} y1=${plot.top} y2=${plot.bottom}></line>
          <text class=${band.selected ? 'x-label selected' : 'x-label'} x=${band.labelX} y=${plot.bottom + 17} text-anchor="middle">${band.year}</text>`,
      )}
      <line class="year-rule" x1=${plot.right} x2=${plot.right} y1=${plot.top} y2=${plot.bottom}></line>
      ${layout.yTicks.map(
        (tick) => svg`
          <line class=${tick.value === 0 ? 'baseline' : 'grid'} x1=${plot.left} x2=${plot.right} y1=${tick.y} y2=${tick.y}></line>
          <text class="y-label" x=${plot.left - 6} y=${tick.y} dy="0.32em" text-anchor="end">${formatPercent(tick.value, lang)}</text>`,
      )}
      ${layout.lines.map((d) => svg`<path class="trend" d=${d}></path>`)}
      ${layout.points.map(
        (p) => svg`<circle class=${p.selected ? 'point selected' : 'point'} cx=${p.x} cy=${p.y} r=${p.selected ? 6 : 4.5} data-period=${p.figure.period.text} data-value=${p.figure.value}>
          <title>${fill(m.pointTitle, { value: formatFigure(p.figure, lang), period: formatPeriod(p.figure.period, lang), source: sourceHost(p.figure.sourceUrl) })}</title>
        </circle>`,
      )}
    </svg>`;
  }

  #figures(details: RegionDetails, lang: Lang, year: number): TemplateResult {
    const m = MESSAGES[lang];
    return html`
      <section part="figures" class="figures" aria-labelledby="figures-title">
        <h3 id="figures-title">${m.figuresTitle}</h3>
        ${details.coverageYears.length > 0
          ? html`<table class="coverage-table">
              <caption>${m.coverageCaption}</caption>
              <thead><tr><th scope="col">${m.year}</th><th scope="col">${m.figure}</th></tr></thead>
              <tbody>
                ${withSelectedYear(details.coverageYears, year).map(
                  (y) => html`<tr class=${y.year === year ? 'selected' : ''} data-year=${y.year} aria-current=${y.year === year ? 'true' : nothing}>
                    <th scope="row">${y.year}${y.year === year ? html`<span class="tag">${m.selectedYear}</span>` : nothing}</th>
                    <td>
                      ${y.figures.length === 0
                        ? html`<span class="muted no-figure">${COMMON[lang].noFigure}</span>`
                        : html`<ul class="side-by-side">
                            ${y.figures.map((f) => html`<li>${this.#figureText(f, lang, formatFigure(f, lang))}</li>`)}
                          </ul>`}
                      ${y.disagree ? html`<p class="disagree">${fill(m.disagree, { count: new Set(y.figures.map((f) => f.value)).size, year: y.year })}</p>` : nothing}
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : nothing}
        ${details.otherFigures.length > 0
          ? html`<table class="other-table">
              <caption>${m.otherCaption}</caption>
              <thead><tr><th scope="col">${m.metric}</th><th scope="col">${m.value}</th><th scope="col">${COMMON[lang].source}</th></tr></thead>
              <tbody>
                ${details.otherFigures.map((f) => this.#otherRow(f, lang))}
              </tbody>
            </table>`
          : html`<p class="muted">${m.noOther}</p>`}
      </section>
    `;
  }

  #otherRow(figure: CoverageFigure, lang: Lang): TemplateResult {
    const m = MESSAGES[lang];
    const definition = METRIC_BY_ID.get(figure.metric);
    const value = formatFigure(figure, lang);
    const target = isTargetMetric(figure.metric);
    // A target is the goal for its year, never that year's figure: "target 2025: 34.400".
    return html`<tr data-metric=${figure.metric} class=${target ? 'target' : ''}>
      <th scope="row">${definition?.label[lang] ?? figure.metric}${target ? html` <span class="tag target-tag">${m.target}</span>` : nothing}</th>
      <td>${target
        ? html`<span class="target-for">${fill(m.targetFor, { year: formatPeriodShort(figure.period, lang), value })}</span>`
        : html`<span class="num">${value}</span> <span class="period">${formatPeriod(figure.period, lang)}</span>`}</td>
      <td>${sourceLink(figure.sourceUrl, lang)} ${this.#noteAndConfidence(figure, lang)}</td>
    </tr>`;
  }

  #figureText(figure: CoverageFigure, lang: Lang, value: string): TemplateResult {
    return html`<span class="figure-value">${value}</span> <span class="period">${formatPeriod(figure.period, lang)}</span>
      <span class="source">${COMMON[lang].source}: ${sourceLink(figure.sourceUrl, lang)}</span> ${this.#noteAndConfidence(figure, lang)}`;
  }

  /** Every figure's confidence and note, in the reader's language (an English-only note is marked as English). */
  #noteAndConfidence(figure: CoverageFigure, lang: Lang): TemplateResult {
    const m = MESSAGES[lang];
    const note = figureNote(figure, lang);
    return html`<span class="confidence" data-confidence=${figure.confidence}>${fill(m.confidence, { level: m[figure.confidence] })}</span>${note
      ? html` <span class="figure-note" lang=${note.lang === lang ? nothing : note.lang}>${note.text}</span>`
      : nothing}`;
  }

  #awards(awards: readonly Award[], lang: Lang): TemplateResult {
    const m = MESSAGES[lang];
    // Named with the region: a winners panel on the same page is a "Paritrana Award" section too.
    return html`
      <section part="awards" class="awards" aria-labelledby="awards-title heading">
        <h3 id="awards-title">${m.awardsTitle}</h3>
        ${awards.length === 0
          ? html`<p class="muted">${m.noAwards}</p>`
          : html`<ul class="award-list">
              ${awards.map(
                (a) => html`<li data-edition=${a.edition} data-rank=${String(a.rank)}>
                  <span class="award-title"><span class="edition">Paritrana Award ${a.edition}</span> · <strong class="rank">${RANK_LABELS[lang][`${a.rank}`]}</strong></span>
                  <span class="award-category">${a.categoryLabel[lang]} (${m[a.level]})</span>
                  <span class="award-meta">
                    ${a.ceremonyDate ? html`${fill(m.ceremony, { date: formatDate(a.ceremonyDate, lang) })} · ` : nothing}${COMMON[lang].source}:
                    ${sourceLink(a.sourceUrl, lang)}
                  </span>
                </li>`,
              )}
            </ul>`}
      </section>
    `;
  }
}
