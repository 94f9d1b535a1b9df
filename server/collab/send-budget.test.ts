import { describe, expect, it } from 'vitest';

import { SendBudget } from './send-budget';

const limits = { messagesPerSecond: 10, messageBurst: 20, bytesPerSecond: 1000, byteBurst: 5000 };

describe('send budget', () => {
  it('allows a burst, then only the sustained rate, and refills with time', () => {
    let now = 0;
    const budget = new SendBudget(limits, () => now);
    for (let i = 0; i < 20; i += 1) expect(budget.spend(10)).toBeNull();
    expect(budget.spend(10)).toBe('messages');
    now += 1000; // ten more messages' worth (the one refused above was spent too)
    for (let i = 0; i < 9; i += 1) expect(budget.spend(10)).toBeNull();
    expect(budget.spend(10)).toBe('messages');
  });

  it('counts bytes apart from messages', () => {
    let now = 0;
    const budget = new SendBudget(limits, () => now);
    expect(budget.spend(4000)).toBeNull();
    expect(budget.spend(2000)).toBe('bytes');
    now += 3000; // the refused 2,000 bytes were spent too: 3,000 back leaves 2,000
    expect(budget.spend(1500)).toBeNull();
    expect(budget.spend(1000)).toBe('bytes');
  });
});
