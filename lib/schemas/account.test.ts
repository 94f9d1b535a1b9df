import { describe, expect, it } from 'vitest';

import { credentialsSchema, signUpSchema } from './account';

const valid = { name: 'Sam Okafor', email: ' Sam@Example.org ', password: 'long enough password' };

describe('sign-up input', () => {
  it('accepts a person and normalises the email', () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe('sam@example.org');
    expect(parsed.name).toBe('Sam Okafor');
  });

  it.each([
    ['a short password', { ...valid, password: 'short' }, 'passwordTooShort'],
    ['a malformed email', { ...valid, email: 'not-an-email' }, 'emailInvalid'],
    ['a one-letter name', { ...valid, name: 'S' }, 'nameTooShort'],
    ['a name with an RTL override', { ...valid, name: 'Sam\u202eevil' }, 'nameInvalid'],
    ['an overlong name', { ...valid, name: 'x'.repeat(61) }, 'nameTooLong'],
  ])('refuses %s with a message key', (_label, input, key) => {
    const result = signUpSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(key);
  });

  it('keeps accents and non-Latin scripts in names', () => {
    expect(signUpSchema.parse({ ...valid, name: 'Zoë Ødegård-Nguyễn' }).name).toBe('Zoë Ødegård-Nguyễn');
  });
});

describe('sign-in credentials', () => {
  it('needs a password', () => {
    expect(credentialsSchema.safeParse({ email: 'a@b.org', password: '' }).success).toBe(false);
  });
  it('refuses a missing email', () => {
    expect(credentialsSchema.safeParse({ password: 'x' }).success).toBe(false);
  });
});
