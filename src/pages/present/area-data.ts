// The ceremony of another area than the deployment's own (present.html?province=63&edition=2025): its
// data, loaded by present.ts only for such an address, so the home province's show carries none of it.
import type { AppData } from '../../model/load.ts';
import { loadSharedData } from '../../model/data-source.ts';
import { carriesItsFiles, loadPageData } from '../shared/carried-files.ts';
import { readKeptImport, type KeptImport } from '../shared/imported-data.ts';

/**
 * Another area's edition (present.html?province=63&edition=2025): that area's published rows, with the
 * national import this browser keeps laid over them (the data desk of another area keeps it apart from
 * the home province's), so an edition entered at desk.html?province=63 plays here as the home one does.
 */
export async function loadArea(area: string, folder: string, dataBase: URL): Promise<{ data: AppData; kept: KeptImport | null }> {
  const [data, kept] = await Promise.all([loadPageData(folder), carriesItsFiles() ? null : readKeptImport('national')]);
  if (!kept) return { data, kept: null };
  const [{ loadNationalTables }, { applyImport }, { areaDataset }, homeData] = await Promise.all([
    import('../../model/load-national.ts'),
    import('../../model/imported-data.ts'),
    import('../../data/area-dataset.ts'),
    loadSharedData({ base: dataBase, overrides: {}, parts: 'tables' }),
  ]);
  try {
    const national = applyImport((await loadNationalTables(dataBase)).dataset, kept.files, kept.edits).dataset;
    const dataset = areaDataset(area, { home: homeData.dataset, national });
    return dataset ? { data: { ...data, dataset }, kept } : { data, kept: null };
  } catch (error) {
    // The published rows rather than no show at all.
    console.warn('the imported data could not be read; the published data is shown', error);
    return { data, kept: null };
  }
}

