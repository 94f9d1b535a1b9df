import { describe, expect, it } from 'vitest';
import { z } from '@/lib/zod';

import { signUpSchema } from '@/lib/schemas/account';
import { remoteLayerInputSchema } from '@/lib/schemas/layer';
import { commentInputSchema, moderationInputSchema, proposalInputSchema } from '@/lib/schemas/participation';

import { inputIssue } from './input-problem';

const issueOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a refusal');
  return inputIssue(parsed.error);
};

describe('inputIssue', () => {
  it('calls a whitespace-only comment empty, by its field name', () => {
    expect(issueOf(commentInputSchema, { targetType: 'proposal', targetId: 'p1', body: '   \n ' })).toEqual({ field: 'body', problem: 'empty' });
  });
  it('calls a too long title too long', () => {
    expect(issueOf(proposalInputSchema, { title: 'x'.repeat(151), body: 'b', category: 'roads' })).toEqual({ field: 'title', problem: 'too_long' });
  });
  it('says when a field is missing', () => {
    expect(issueOf(proposalInputSchema, { body: 'b', category: 'roads' })).toEqual({ field: 'title', problem: 'missing' });
  });
  it('reads the names our schemas give their refusals', () => {
    expect(issueOf(signUpSchema, { name: 'Sam', email: 'not an email', password: 'long enough password' })).toEqual({ field: 'email', problem: 'invalid_email' });
    expect(issueOf(signUpSchema, { name: 'Sam', email: 'sam@example.org', password: 'short' })).toEqual({ field: 'password', problem: 'too_short' });
  });
  it('names the innermost field of a nested input', () => {
    const layer = { name: 'Trees', owner: 'Parks', attribution: '© Parks', style: { color: '#112233', opacity: 1 } };
    expect(issueOf(remoteLayerInputSchema, { ...layer, source: { type: 'xyz', url: 'https://tiles.example.org/a.png' } })).toEqual({ field: 'url', problem: 'needs_zxy' });
    expect(issueOf(moderationInputSchema, { action: 'hide', targets: [], reason: 'spam' })).toEqual({ field: 'targets', problem: 'too_few' });
  });
  it('has a field and a problem even for an issue at the root', () => {
    expect(issueOf(z.string(), 3)).toEqual({ field: 'input', problem: 'invalid' });
  });
});
