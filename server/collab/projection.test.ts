import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { addAnnotation, deleteAnnotation, updateAnnotation } from '@/lib/collab/annotation';

import { AnnotationProjection } from './projection';
import { markBy } from './testing/fixture';
import { createMemorySink } from './testing/in-process';

const sam = { id: 'sam', name: 'Sam' };

describe('annotation projection', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a burst of changes once, a moment later, and removes deleted marks', async () => {
    const doc = new Y.Doc();
    const sink = createMemorySink();
    const upsert = vi.spyOn(sink, 'upsert');
    const projection = new AnnotationProjection(doc, 'p1', sink, 250);
    const mark = markBy(sam);
    addAnnotation(doc, mark);
    projection.changed([mark.id]);
    updateAnnotation(doc, mark.id, { text: 'Two benches' });
    projection.changed([mark.id]);
    expect(upsert).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(250);
    expect(upsert).toHaveBeenCalledTimes(1);
    expect(sink.rows.get(mark.id)?.text).toBe('Two benches');

    deleteAnnotation(doc, mark.id);
    projection.changed([mark.id]);
    await projection.flush();
    expect(sink.rows.has(mark.id)).toBe(false);
  });

  it('tries again when the database fails, and never loses the change', async () => {
    const doc = new Y.Doc();
    const sink = createMemorySink();
    const upsert = sink.upsert;
    let failures = 1;
    sink.upsert = async (...args) => {
      if (failures-- > 0) throw new Error('database is busy');
      return upsert(...args);
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const projection = new AnnotationProjection(doc, 'p1', sink, 250);
    const mark = markBy(sam);
    addAnnotation(doc, mark);
    projection.changed([mark.id]);
    await vi.advanceTimersByTimeAsync(250);
    expect(sink.rows.has(mark.id)).toBe(false);
    await vi.advanceTimersByTimeAsync(250);
    expect(sink.rows.get(mark.id)).toEqual(mark);
  });
});
