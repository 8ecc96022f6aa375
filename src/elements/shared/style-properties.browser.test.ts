import { html, render } from 'lit';
import { describe, expect, test } from 'vitest';
import { styleProperties, type StyleProperties } from './style-properties.ts';

// The page refuses style attributes from here on, as the site's policy (and many partners') does: what
// the directive sets must still apply, and a style attribute written in a template must not.
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "style-src-attr 'none'";
document.head.append(policy);

const host = document.createElement('div');
document.body.append(host);
const swatch = (properties: StyleProperties) => {
  render(html`<span ${styleProperties(properties)}></span>`, host);
  return host.querySelector('span')!;
};

describe('styleProperties', () => {
  test('on this page a style attribute bound in a template, as the elements bound theirs, is refused', () => {
    render(html`<i style=${'left: 5px'}></i>`, host);
    expect(host.querySelector('i')!.style.left).toBe('');
  });

  test('sets the properties, changes them, and removes one that is dropped or undefined', () => {
    const span = swatch({ left: '10px', 'background-color': 'rgb(255, 0, 0)', '--paritrana-x': '3' });
    expect([span.style.left, getComputedStyle(span).backgroundColor, span.style.getPropertyValue('--paritrana-x')]).toEqual(['10px', 'rgb(255, 0, 0)', '3']);
    swatch({ left: '20px', 'background-color': undefined });
    expect([span.style.left, span.style.backgroundColor, span.style.getPropertyValue('--paritrana-x')]).toEqual(['20px', '', '']);
  });
});
