import { describe, expect, it } from 'vitest';

import { JOIN_CODE_ALPHABET, formatJoinCode, newJoinCode, normalizeJoinCode } from './join-code';

describe('join codes', () => {
  it('are six characters without look-alikes', () => {
    for (const lookAlike of '0OQD1IL2Z5S8BUV') expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
    for (let i = 0; i < 200; i += 1) expect(newJoinCode()).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
  });

  it('spread over the whole alphabet, skipping bytes that would favour some characters', () => {
    const seen = new Set(Array.from({ length: 300 }, () => newJoinCode()).join(''));
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
    // 252 and above would make the first characters likelier: they are never used.
    const biased = (bytes: Uint8Array) => bytes.fill(255);
    let calls = 0;
    const mostlyBiased = (bytes: Uint8Array) => (calls++ === 0 ? biased(bytes) : bytes.fill(JOIN_CODE_ALPHABET.length + 1));
    expect(newJoinCode(mostlyBiased)).toBe(JOIN_CODE_ALPHABET[1].repeat(6));
  });

  it('are rarely the same twice', () => {
    expect(new Set(Array.from({ length: 2000 }, () => newJoinCode())).size).toBeGreaterThan(1990);
  });

  it('accept what people type: lower case, spaces and dashes', () => {
    expect(normalizeJoinCode('ace fgh')).toBe('ACEFGH');
    expect(normalizeJoinCode(' ac-ef-gh ')).toBe('ACEFGH');
    expect(normalizeJoinCode(formatJoinCode('ACEFGH'))).toBe('ACEFGH');
    expect(normalizeJoinCode('ACEFG')).toBeNull();
    expect(normalizeJoinCode('ACEFGHJ')).toBeNull();
    expect(normalizeJoinCode('ACEF0H')).toBeNull();
    expect(normalizeJoinCode('<b>ACE</b>')).toBeNull();
  });
});
