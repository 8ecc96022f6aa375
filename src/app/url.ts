// The year in the address (?year=2023), so a link opens the map the sender saw. Parameter names are
// English, as partners link to them. Only a year the data offers is accepted: a stale or edited link
// falls back to the default instead of an empty map.

export const YEAR_PARAM = 'year';

/** The year named in a query string, if it is one of the years offered; null otherwise. */
export function yearFromSearch(search: string, offered: readonly number[]): number | null {
  const text = new URLSearchParams(search).get(YEAR_PARAM);
  if (text === null || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return offered.includes(year) ? year : null;
}

/** The query string with the year set, other parameters kept: "?year=2023". */
export function searchWithYear(search: string, year: number): string {
  const params = new URLSearchParams(search);
  params.set(YEAR_PARAM, String(year));
  return `?${params.toString()}`;
}
