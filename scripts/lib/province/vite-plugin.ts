// The province in the Vite builds (the site, the partners' script, the npm modules) and in Vitest:
//   - `import province from 'virtual:paritrana/province'` gives the pages its code, names and context
//     labels (src/data/current-province.ts);
//   - %PROVINCE_NAME% in the HTML pages becomes its Indonesian name, so the first paint is right;
//   - another province than the default builds under .cache/province-<code>/ (see config.ts): outDir
//     dist/... becomes .cache/province-<code>/dist/..., and public/ its own copy with its data.
import { relative } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { provinceInfo } from '../../../src/data/province.ts';
import { provinceBuild } from './config.ts';

const VIRTUAL_ID = 'virtual:paritrana/province';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const HTML_PLACEHOLDER = '%PROVINCE_NAME%';

export function paritranaProvince(): Plugin {
  const build = provinceBuild();
  return {
    name: 'paritrana-province',
    config(userConfig): UserConfig | null {
      if (build.isDefault) return null;
      const root = process.cwd();
      const outDir = userConfig.build?.outDir ?? 'dist';
      const siteOutDir = relative(root, build.siteOutDir);
      return {
        build: { outDir: outDir.replace(/^dist(?=\/|$)/, siteOutDir) },
        // publicDir false (the script, the npm modules) stays false.
        ...(userConfig.publicDir === false ? {} : { publicDir: relative(root, build.publicDir) }),
      };
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      return id === RESOLVED_ID ? `export default ${JSON.stringify(provinceInfo(build.config))};` : null;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replaceAll(HTML_PLACEHOLDER, escapeHtml(build.config.name.id)),
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
