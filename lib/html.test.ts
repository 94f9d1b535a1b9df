import { describe, expect, it } from 'vitest';

import { escapeHtml } from './html';

describe('escapeHtml', () => {
  it('neutralises markup and quotes', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
  });
  it('leaves plain text and accents alone', () => {
    expect(escapeHtml('© Ville de Liège — données 2024')).toBe('© Ville de Liège — données 2024');
  });
});
