import { describe, expect, it } from 'vitest';

import { annotationTextSchema } from '@/lib/collab/annotation';

import { demoAnnotations } from './demo-annotations';

describe('demo marks', () => {
  it('each say something (the guard refuses a mark without text)', () => {
    for (const seeded of demoAnnotations) expect(annotationTextSchema.safeParse(seeded.text).success, seeded.text).toBe(true);
  });
});
