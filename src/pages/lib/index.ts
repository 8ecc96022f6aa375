// The npm package's main entry ("."): defines every element and exports the classes and event types.
// Unlike the embed script it sets no default data folder: the elements fetch data/ beside the page
// (document.baseURI) unless an attribute (data-base, coverage-src, ...) or the page's own `.data` says otherwise.
export * from '../../elements/map/map.ts';
export * from '../../elements/legend/legend.ts';
export * from '../../elements/year-slider/year-slider.ts';
export * from '../../elements/winners/winners.ts';
export * from '../../elements/region-details/region-details.ts';
export type { ParitranaEvent, ParitranaEventMap, ParitranaEventName } from '../../elements/shared/events.ts';
