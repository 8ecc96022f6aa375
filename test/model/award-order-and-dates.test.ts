// The ceremony (present.html), the winners panel and the region details tell one edition's story from
// the same rows: a hall that hears a ceremony date the panel beside it does not show, or a panel that
// ranks a winner the ceremony announced in another place, would be noticed by everyone in the room.
import { describe, expect, test } from 'vitest';
import { makeDataset } from '../fixtures/dataset.ts';
import { editionResults } from '../../src/elements/winners/edition-results.ts';
import { regionDetails } from '../../src/elements/region-details/region-details.model.ts';
import { buildSequence, type WinnerStep } from '../../src/pages/present/sequence.ts';
import { awardEdition } from '../../src/model/years.ts';

// One category, its rows out of order; one region (Ketapang, 61.04) holding every rank in the 2025
// edition, so the region details list them all. The first row of the edition states no dates: a later
// one does, as happens when one source gives the ceremony day and another only the winners.
const dataset = makeDataset({
  awards: [
    '2025,,,pemerintah-kabupaten-kota,nominee,61.04',
    '2025,2024,,pemerintah-kabupaten-kota,3,61.04',
    '2025,,2025-09-24,pemerintah-kabupaten-kota,unknown,61.04',
    '2025,2024,2025-09-24,pemerintah-kabupaten-kota,1,61.04',
    '2025,2024,2025-09-24,pemerintah-kabupaten-kota,2,61.04',
  ],
});

describe('one edition, told the same way everywhere', () => {
  test('the winners panel and the region details list 1, 2, 3, rank not published, nominee; the ceremony reveals 3, 2, 1, then the unranked', () => {
    const panel = editionResults(dataset.awards, 2025).categories[0]!.rows.map((row) => row.award.rank);
    const details = regionDetails(dataset, '61.04', 2024, 'id')!.awards.map((award) => award.rank);
    const ceremony = buildSequence(dataset, 2025, 'id').filter((s): s is WinnerStep => s.kind === 'winner').map((s) => s.rank);
    expect(panel).toEqual([1, 2, 3, 'unknown', 'nominee']);
    expect(details).toEqual(panel);
    expect(ceremony).toEqual([3, 2, 1, 'unknown']);
  });

  test('the ceremony’s title card and the winners panel give the same ceremony day and judged period, when the first row states neither', () => {
    const dates = awardEdition(dataset.awards, 2025)!;
    expect(dates.ceremonyDate).toMatchObject({ year: 2025, month: 9, day: 24 });
    expect(dates.assessmentPeriod).toMatchObject({ year: 2024 });
    const panel = editionResults(dataset.awards, 2025);
    expect(panel.ceremonyDate).toEqual(dates.ceremonyDate);
    expect(panel.assessmentPeriod).toEqual(dates.assessmentPeriod);
    const title = buildSequence(dataset, 2025, 'en').find((s) => s.kind === 'title')!;
    expect(title.lines).toEqual([expect.stringMatching(/24\sSeptember\s2025/), expect.stringContaining('2024')]);
  });
});
