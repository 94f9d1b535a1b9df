import { describe, expect, it } from 'vitest';

import { inputIssue } from '@/lib/errors/input-problem';
import { SURROGATE_CORPUS } from '@/server/http/testing/surrogates';

import { signUpSchema } from './account';
import { remoteLayerInputSchema, scenarioInputSchema } from './layer';
import { commentInputSchema, proposalInputSchema } from './participation';
import { isWellFormedText, wellFormedText } from './text';

describe('well-formed text', () => {
  it('refuses every lone surrogate and keeps real pairs (emoji, rare scripts)', () => {
    for (const text of SURROGATE_CORPUS) expect(isWellFormedText(text), JSON.stringify(text)).toBe(false);
    for (const text of ['😀', '𝕏 road', '👩‍👩‍👧', '', 'plain']) expect(isWellFormedText(text)).toBe(true);
  });

  it('answers invalid_characters for the field, before any other check', () => {
    const result = wellFormedText().min(5).safeParse('\ud800');
    expect(result.success).toBe(false);
    expect(inputIssue(result.error!)).toEqual({ field: 'input', problem: 'invalid_characters' });
  });

  it('guards the text fields of the shared schemas', () => {
    const cases = [
      [signUpSchema, { name: 'Jo \ud800', email: 'jo@example.org', password: 'long enough password' }, 'name'],
      [proposalInputSchema, { title: 'A bench', body: 'Near the \udc00 river', category: 'idea' }, 'body'],
      [commentInputSchema, { targetType: 'proposal', targetId: 'p\ud800', body: 'Yes' }, 'targetId'],
      [scenarioInputSchema, { name: 'Plan \ud83d', layerIds: [] }, 'name'],
      [remoteLayerInputSchema, { name: 'Tiles', owner: 'City \udfff', attribution: '©', style: { color: '#112233', opacity: 1 }, source: { type: 'xyz', url: 'https://t.example/{z}/{x}/{y}.png' } }, 'owner'],
    ] as const;
    for (const [schema, input, field] of cases) {
      const result = schema.safeParse(input);
      expect(result.success, field).toBe(false);
      expect(inputIssue(result.error!), field).toEqual({ field, problem: 'invalid_characters' });
    }
  });
});
