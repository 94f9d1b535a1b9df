import { describe, expect, it } from 'vitest';

import type { Annotation } from '@/lib/collab/annotation';

import { diffAnnotations, isEmptyDiff } from './annotation-features';

const a = (id: string, updatedAt: number): Annotation => ({
  id,
  kind: 'point',
  geometry: { type: 'Point', coordinates: [0, 0] },
  category: 'idea',
  text: id,
  authorId: 'u',
  authorName: 'U',
  createdAt: 0,
  updatedAt,
});

describe('annotation diff', () => {
  it('adds new marks, updates changed ones and removes deleted ones', () => {
    const first = diffAnnotations(new Map(), [a('one', 1), a('two', 1)]);
    expect(first.diff.add.map((f) => f.id)).toEqual(['one', 'two']);
    const second = diffAnnotations(first.index, [a('one', 2), a('three', 1)]);
    expect(second.diff.add.map((f) => f.id)).toEqual(['three']);
    expect(second.diff.update.map((f) => f.id)).toEqual(['one']);
    expect(second.diff.remove).toEqual(['two']);
  });

  it('finds nothing to do when nothing changed', () => {
    const first = diffAnnotations(new Map(), [a('one', 1)]);
    expect(isEmptyDiff(diffAnnotations(first.index, [a('one', 1)]).diff)).toBe(true);
  });
});
