import { describe, expect, it } from 'vitest';

import { dotItemLabeller, shortLabel } from './dot-item-label';

describe('dotItemLabeller', () => {
  const label = dotItemLabeller({ marks: [{ id: 'm1', text: 'Flooded  path\nby the river' }, { id: 'm2', text: '   ' }], proposals: [{ id: 'p1', title: 'Trees on Quay Street' }] });

  it('names a mark by its current text and a proposal by its title', () => {
    expect(label({ itemType: 'mark', itemId: 'm1' })).toBe('Flooded path by the river');
    expect(label({ itemType: 'proposal', itemId: 'p1' })).toBe('Trees on Quay Street');
  });

  it('falls back to the label kept in the revealed snapshot', () => {
    expect(label({ itemType: 'mark', itemId: 'gone', label: 'Kept text' })).toBe('Kept text');
    expect(label({ itemType: 'feature', itemId: '4', layerId: 'l1', label: 'Riverside park' })).toBe('Riverside park');
    expect(label({ itemType: 'mark', itemId: 'm2', label: 'Snapshot' })).toBe('Snapshot');
  });

  it('says nothing when nothing is known, so the list names the kind', () => {
    expect(label({ itemType: 'mark', itemId: 'm2' })).toBeNull();
    expect(dotItemLabeller()({ itemType: 'proposal', itemId: 'x' })).toBeNull();
  });
});

describe('shortLabel', () => {
  it('cuts a long text at a word', () => {
    const long = 'word '.repeat(40);
    const short = shortLabel(long)!;
    expect(short.length).toBeLessThanOrEqual(81);
    expect(short.endsWith('word…')).toBe(true);
  });
});
