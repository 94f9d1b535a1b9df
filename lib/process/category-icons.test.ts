import fs from 'node:fs';

import { describe, expect, it } from 'vitest';

import { CATEGORY_ICONS, categoryIconUrl } from './category-icons';

describe('the category icons we ship', () => {
  it('has a local SVG file for every icon, fetching nothing from elsewhere', () => {
    for (const icon of CATEGORY_ICONS) {
      const svg = fs.readFileSync(`public${categoryIconUrl(icon)}`, 'utf8');
      expect(svg).toMatch(/^<svg /);
      expect(svg.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:|href=/);
    }
  });
});
