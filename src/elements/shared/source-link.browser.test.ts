// The source of a figure or an award, as every element and the app's table show it (one template).
import { render } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { sourceLink } from './source-link.ts';

const boxes: HTMLElement[] = [];
afterEach(() => {
  for (const box of boxes.splice(0)) box.remove();
});

function shown(template: ReturnType<typeof sourceLink>, width = 400): HTMLElement {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.style.font = '16px sans-serif';
  document.body.append(box);
  boxes.push(box);
  render(template, box);
  return box;
}

test('a long host wraps after its dots on a narrow phone column, never inside a word', () => {
  const box = shown(sourceLink('https://www.pontianak.tribunnews.com/2024/01/02/berita', 'en'), 90);
  const link = box.querySelector('a')!;
  expect(link.textContent).toBe('pontianak.tribunnews.com (opens in a new tab)');
  expect(link.getClientRects().length, 'lines the link takes').toBeGreaterThan(1);
  // Each line is a whole label and its dot: "pontianak." / "tribunnews." / "com".
  const lines = new Map<number, string>();
  for (const node of link.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const top = Math.round(range.getClientRects()[0]!.top);
    lines.set(top, (lines.get(top) ?? '') + node.textContent);
  }
  expect([...lines.values()].every((line) => /^[a-z]+\.?$/.test(line)), [...lines.values()].join(' / ')).toBe(true);
});

test('the words lead the link; it opens in a new tab, which a screen reader is told, so a partner’s page stays open', () => {
  const link = shown(sourceLink('https://example.org/a', 'id', 'Sumber: ')).querySelector('a')!;
  expect(link.textContent).toBe('Sumber: example.org (membuka tab baru)');
  expect(link.querySelector('.visually-hidden')?.textContent).toBe(' (membuka tab baru)');
  expect(link.target).toBe('_blank');
  expect(link.relList.contains('noopener')).toBe(true);
});

test('an address that is no web address is shown as text, never as a link', () => {
  const box = shown(sourceLink('javascript:alert(1)', 'id', 'Sumber: '));
  expect(box.querySelector('a')).toBeNull();
  expect(box.textContent).toBe('Sumber: javascript:alert(1)');
});
