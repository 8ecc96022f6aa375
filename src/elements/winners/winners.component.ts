import { html, nothing } from 'lit';
import type { Award, Period, RegionIndex } from '../../data/index.ts';
import { emit } from '../shared/emit.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { COMMON, fill, RANK_LABELS } from '../../i18n/messages.ts';
import { editionResults, type CategoryResults, type WinnerRow } from './edition-results.ts';
import { awardEditions, editionForYear } from '../../model/years.ts';
import { WINNERS_MESSAGES } from './winners.messages.ts';
import styles from './winners.styles.ts';
import { DataController } from '../shared/data-controller.ts';
import { MapLinkController } from '../shared/map-link-controller.ts';
import { ParitranaElement } from '../shared/paritrana-element.ts';
import { yearAttribute } from '../shared/choice-attribute.ts';
import { dataNotice } from '../shared/data-notice.ts';
import { sourceLink } from '../shared/source-link.ts';

/**
 * @tagname paritrana-winners
 * @summary The Paritrana Award results of one edition: the edition that judged the `year` shown (the
 * "2025" edition judged 2024), or the `edition` named; the period judged and its ceremony date, then
 * each category's winners in rank order (1, 2, 3, rank not published), then nominees, each with the
 * winner's regency and a link to the source. An edition with nothing published says so.
 *
 * @attr for - The id of a <paritrana-map> on the page to follow, as a label's for names its input; the map may come later.
 * @attr data-base - Root of another deployment whose data/ folder to read (default: the site the script came from).
 * @attr province - The area to show: a province's two-digit Kemendagri code ("63": its regencies and cities) or "indonesia" (the 38 provinces); by default the deployment's own province.
 * @attr coverage-src - A coverage CSV to use instead of the deployed one (a partner's own figures), relative to the page.
 * @attr regions-src - A regions CSV to use instead of the deployed one.
 * @attr awards-src - An awards CSV to use instead of the deployed one.
 * @attr data-managed - The page hands the element its data by property; nothing is fetched.
 * @attr data-late-after - Milliseconds of loading after which the element says the data is late and still coming (default 10000).
 * @event paritrana-region-select - The reader chose a winner's row (click, Enter or Space): `code` is
 * the winner's regency; choosing the row of the already selected regency clears it (`code: null`).
 *
 * @csspart edition - The section for the edition (heading, dates, notices, categories).
 * @csspart category - Each category's section.
 * @csspart winner - Each winner or nominee row. Also `winner selected` for the selected regency.
 * @csspart source - The link to a row's source (the address as text where it is no web address).
 * @csspart loading - The notice that the data is on its way (role="status"), and later that it is late.
 *
 * @cssproperty --paritrana-winners-font - Font shorthand for the whole panel.
 * @cssproperty --paritrana-winners-text - Text colour.
 * @cssproperty --paritrana-winners-muted - Colour of dates, regions and nominee labels.
 * @cssproperty --paritrana-winners-background - Background of the panel.
 * @cssproperty --paritrana-winners-row-background - Background of a row.
 * @cssproperty --paritrana-winners-selected-background - Background of the selected regency's rows.
 * @cssproperty --paritrana-winners-selected-border - Border of the selected regency's rows.
 * @cssproperty --paritrana-winners-link - Colour of source links.
 * @cssproperty --paritrana-winners-focus - Keyboard focus ring colour.
 */
export class ParitranaWinners extends ParitranaElement {
  static override styles = styles;

  static override properties = {
    awards: { attribute: false },
    regions: { attribute: false },
    edition: { converter: yearAttribute('paritrana-winners', 'edition', Number.NaN) },
    year: { converter: yearAttribute('paritrana-winners', 'year', Number.NaN) },
    selected: { reflect: true },
  };

  /** Every award row of the dataset (dataset.awards); the panel picks the edition's. */
  awards: Award[] = [];
  /** The regions, for the regency names of winners; without it the code is shown. */
  regions: RegionIndex | undefined = undefined;
  /** The edition to show, by its name's year ("2025"); it wins over `year`. Unset with `year` unset: the latest edition. */
  edition: number = Number.NaN;
  /** The year of figures the page shows: the panel shows the edition that judged it (the page and a linked map set it). */
  year: number = Number.NaN;
  /** Kemendagri code of the selected regency; its rows are highlighted. */
  selected: string | null = null;

  /** With for="ID": shows the edition that judged that map's year, and a chosen winner selects its regency on the map. */
  protected readonly link = new MapLinkController(this, {
    onMapState: (map) => {
      if (map.year !== undefined && map.year !== null) this.year = map.year;
      this.selected = map.selected;
      this.lang = map.lang;
    },
  });

  /** Alone, without `awards`, the panel loads the awards beside the script (`edition="2025"` picks the edition). */
  protected readonly loader = new DataController(this, {
    link: this.link,
    hasData: () => this.awards.length > 0,
    onData: (data) => {
      this.awards = data.dataset.awards;
      this.regions = data.dataset.regions;
    },
  });

  override render() {
    const lang = this.language;
    const t = WINNERS_MESSAGES[lang];
    if (this.awards.length === 0 && !Number.isFinite(this.edition)) {
      // While the awards are on their way, "no award data" would be untrue: the loading notice alone.
      const loading = this.loader.status.phase === 'loading';
      return html`<section part="edition">${loading ? nothing : html`<p class="notice">${t.noAwards}</p>`}${dataNotice(this.loader.status, lang)}</section>`;
    }
    const edition = Number.isFinite(this.edition)
      ? this.edition
      : Number.isFinite(this.year)
        ? editionForYear(this.awards, this.year)?.edition
        : awardEditions(this.awards).at(-1)?.edition;
    if (edition === undefined) {
      // No edition judged the year shown: say so, rather than show another year's winners as this one's.
      return html`<section part="edition" aria-labelledby="edition-title">
        <h2 id="edition-title">${t.heading}</h2>
        <p class="notice">${fill(t.noneForYear, { year: this.year })}</p>
        ${dataNotice(this.loader.status, lang)}
      </section>`;
    }
    const results = editionResults(this.awards, edition, this.regions);
    const meta = [
      results.assessmentPeriod ? fill(t.judged, { period: judgedPeriod(results.assessmentPeriod, lang) }) : t.judgedUnknown,
      results.ceremonyDate ? fill(t.ceremony, { date: formatDate(results.ceremonyDate, lang) }) : null,
    ].filter((text): text is string => text !== null);
    return html`
      <section part="edition" aria-labelledby="edition-title">
        <h2 id="edition-title">${fill(t.title, { edition })}</h2>
        ${results.status === 'none' ? nothing : html`<p class="meta">${meta.join(' · ')}</p>`}
        ${results.status === 'none' ? html`<p class="notice">${fill(t.none, { edition })}</p>` : nothing}
        ${results.status === 'nominees-only' ? html`<p class="notice">${t.nomineesOnly}</p>` : nothing}
        <p id="select-hint" class="visually-hidden">${t.selectHint}</p>
        ${results.categories.map((category, i) => this.#renderCategory(category, i, lang))}
        ${dataNotice(this.loader.status, lang)}
      </section>
    `;
  }

  #renderCategory(category: CategoryResults, index: number, lang: Lang) {
    const t = WINNERS_MESSAGES[lang];
    const id = `category-${index}`;
    return html`<section part="category" aria-labelledby=${id}>
      <h3 id=${id}>
        ${category.level === 'nasional' ? html`<span class="level">${t.national}</span>` : nothing}${category.label[lang]}
      </h3>
      <ol>
        ${category.rows.map((row) => this.#renderRow(row, lang))}
      </ol>
    </section>`;
  }

  #renderRow({ award, regionName }: WinnerRow, lang: Lang) {
    const t = WINNERS_MESSAGES[lang];
    const selected = award.regionCode === this.selected;
    const rank = `${award.rank}` as const;
    return html`<li part=${selected ? 'winner selected' : 'winner'} class=${selected ? 'selected' : ''} data-region=${award.regionCode}>
      <button type="button" class="select" aria-pressed=${selected ? 'true' : 'false'} aria-describedby="select-hint" @click=${() => this.#select(award.regionCode)}>
        <span class="rank ${typeof award.rank === 'number' ? `rank-${award.rank}` : award.rank}">${RANK_LABELS[lang][rank]}</span>
        <span class="name">${award.winnerName}</span>
        <span class="region"><span class="visually-hidden">${t.region}: </span>${regionName}</span>
      </button>
      ${sourceLink(award.sourceUrl, lang, `${COMMON[lang].source}: `)}
    </li>`;
  }

  #select(code: string): void {
    const next = code === this.selected ? null : code;
    this.selected = next;
    this.emit('paritrana-region-select', { code: next });
    const map = this.link.map;
    if (map) {
      map.selected = next;
      emit(map, 'paritrana-region-select', { code: next });
    }
  }
}

/** "tahun 2024" / "2024"; a month or a day in full when the source is that precise. */
function judgedPeriod(period: Period, lang: Lang): string {
  if (period.month === null) return lang === 'id' ? `tahun ${period.year}` : String(period.year);
  return formatDate(period, lang);
}
