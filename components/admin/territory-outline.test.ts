import { describe, expect, it } from 'vitest';

import { outlineOf, territoryOf } from './territory-outline';

describe('a drawn territory', () => {
  it('makes two corners a rectangle, whichever way they were clicked', () => {
    expect(territoryOf([[-0.08, 51.53], [-0.12, 51.5]])).toEqual({ bounds: [-0.12, 51.5, -0.08, 51.53], territory: null });
  });

  it('makes three or more corners a closed outline with the bounds that hold it', () => {
    const drawn = territoryOf([[-0.12, 51.5], [-0.08, 51.5], [-0.1, 51.53]]);
    expect(drawn?.bounds).toEqual([-0.12, 51.5, -0.08, 51.53]);
    expect(drawn?.territory?.coordinates[0]).toEqual([[-0.12, 51.5], [-0.08, 51.5], [-0.1, 51.53], [-0.12, 51.5]]);
  });

  it('refuses fewer than two corners or a flat shape', () => {
    expect(territoryOf([[-0.1, 51.5]])).toBeNull();
    expect(territoryOf([[-0.1, 51.5], [-0.1, 51.6]])).toBeNull();
  });

  it('outlines the bounds when there is no drawn outline, and nothing for bounds that are not valid', () => {
    expect(outlineOf([-0.12, 51.5, -0.08, 51.53], null)).toHaveLength(5);
    expect(outlineOf([1, 1, 0, 2], null)).toBeNull();
    expect(outlineOf([Number.NaN, 1, 2, 3], null)).toBeNull();
  });
});
