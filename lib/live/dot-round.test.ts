import { describe, expect, it } from 'vitest';

import { dotInputSchema, dotRefusal, dotsLeft, effectiveStatus, rankResults, roundInputSchema } from './dot-round';

const NOW = 1_000_000;
const round = { status: 'open' as const, endsAt: NOW + 60_000, dots: 3, perItemMax: 2 };
const mark = (itemId: string) => ({ itemType: 'mark' as const, itemId });

describe('the dot budget', () => {
  it('takes dots until the person has placed all of theirs', () => {
    expect(dotRefusal(round, [], mark('a'), NOW)).toBeNull();
    expect(dotRefusal(round, [mark('a'), mark('b')], mark('c'), NOW)).toBeNull();
    expect(dotRefusal(round, [mark('a'), mark('b'), mark('c')], mark('d'), NOW)).toBe('no_dots_left');
    expect(dotsLeft(round, [mark('a')])).toBe(2);
  });

  it('holds the maximum on one item, a feature being its layer and id', () => {
    expect(dotRefusal(round, [mark('a'), mark('a')], mark('a'), NOW)).toBe('dots_item_max');
    const feature = { itemType: 'feature' as const, itemId: '7', layerId: 'roads' };
    expect(dotRefusal(round, [feature, feature], { ...feature, layerId: 'parks' }, NOW)).toBeNull();
  });

  it('takes nothing once the round is closed or its time is up', () => {
    expect(dotRefusal({ ...round, status: 'closed' }, [], mark('a'), NOW)).toBe('round_closed');
    expect(dotRefusal(round, [], mark('a'), NOW + 60_000)).toBe('round_closed');
    expect(effectiveStatus({ status: 'open', endsAt: null }, NOW)).toBe('open');
  });

  it('refuses a round whose maximum on one item exceeds the dots, and a feature without its layer', () => {
    expect(roundInputSchema.safeParse({ dots: 3, perItemMax: 4 }).success).toBe(false);
    expect(roundInputSchema.safeParse({ dots: 0, perItemMax: 0 }).success).toBe(false);
    expect(dotInputSchema.safeParse({ itemType: 'feature', itemId: '7' }).success).toBe(false);
  });

  it('ranks most dots first', () => {
    expect(rankResults([{ ...mark('a'), dots: 1 }, { ...mark('b'), dots: 4 }]).map((r) => r.itemId)).toEqual(['b', 'a']);
  });
});
