// The deployment's province in the site's HTML pages; no script carries one (the pages and elements
// read data/province.json with the boundaries, so the partners' script and the npm modules draw any
// province's data/ folder):
//   - %PROVINCE_NAME% in the HTML pages becomes its Indonesian name, so the first paint is right, and
//     %PROVINCE_CODE% its code (the gallery's examples name one of its regencies, "%PROVINCE_CODE%.04");
//   - each page carries its code and both names in <script type="application/json" id="paritrana-province">
//     (the deployment's configuration, read at run time by src/pages/shared/page-shell.ts), so the
//     page's words are right in either language before the data arrive;
//   - another province than the default builds under .cache/province-<code>/ (see config.ts): outDir
//     dist/... becomes .cache/province-<code>/dist/..., and public/ its own copy with its data.
import { relative } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { PAGE_PROVINCE_ID } from '../../../src/data/files.ts';
import { provinceBuild } from './config.ts';

const NAME_PLACEHOLDER = '%PROVINCE_NAME%';
const CODE_PLACEHOLDER = '%PROVINCE_CODE%';

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
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => ({
        html: html.replaceAll(NAME_PLACEHOLDER, escapeHtml(build.config.name.id)).replaceAll(CODE_PLACEHOLDER, build.config.code),
        tags: [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: PAGE_PROVINCE_ID },
            // "<" written as \u003c: a name can never close the script element.
            children: JSON.stringify({ code: build.config.code, name: build.config.name }).replace(/</g, '\\u003c'),
            injectTo: 'head',
          },
        ],
      }),
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
