import { describe, expect, test } from 'vitest';
import { dedent, exampleSource } from './gallery-source.ts';

describe('dedent', () => {
  test('drops the common indentation and the blank lines around the block, keeps inner indentation', () => {
    expect(dedent('\n    <div>\n      <b></b>\n    </div>\n  ')).toBe('<div>\n  <b></b>\n</div>');
  });
});

describe('exampleSource', () => {
  test("names this site's files absolutely, leaves other addresses as written", () => {
    const markup = '\n<script type="module" src="./embed/paritrana.js"></script>\n<iframe src="./embed.html?view=map&amp;year=2024"></iframe>\n<paritrana-map coverage-src="/kami.csv"></paritrana-map>\n';
    expect(exampleSource(markup, 'https://peta.example.org/paritrana/')).toBe(
      [
        '<script type="module" src="https://peta.example.org/paritrana/embed/paritrana.js"></script>',
        '<iframe src="https://peta.example.org/paritrana/embed.html?view=map&amp;year=2024"></iframe>',
        '<paritrana-map coverage-src="/kami.csv"></paritrana-map>',
      ].join('\n'),
    );
  });
});
