import { describe, expect, it } from 'vitest';
import { normalizeTotp, validateEmail, validateOrgName, validatePassword, validateTotp, validateUsername } from './validation';

describe('the API rules, checked before sending', () => {
  it('accepts usernames of 3 to 32 letters, digits, dots, dashes and underscores', () => {
    for (const ok of ['abc', 'alice_smith', 'a.b-c', 'x'.repeat(32)]) expect(validateUsername(ok), ok).toBeUndefined();
    for (const bad of ['', 'ab', 'x'.repeat(33), 'has space', 'émile', 'semi;colon']) expect(validateUsername(bad), bad).toBeDefined();
  });

  it('accepts e-mail addresses of the API pattern', () => {
    for (const ok of ['a@b.co', 'first.last+tag@sub.example.org']) expect(validateEmail(ok), ok).toBeUndefined();
    for (const bad of ['', 'plain', 'a@b', 'a@b.c', 'a b@c.de', '@example.com']) expect(validateEmail(bad), bad).toBeDefined();
  });

  it('accepts a two-factor code of six digits, spaces as the app groups them allowed', () => {
    for (const ok of ['123456', '123 456', ' 000000 ']) expect(validateTotp(ok), ok).toBeUndefined();
    expect(validateTotp('')).toBe('Enter the 6-digit code from your authenticator app.');
    for (const bad of ['12345', '1234567', '12a456']) expect(validateTotp(bad), bad).toBe('The code is 6 digits, like 123456.');
    expect(normalizeTotp('123 456')).toBe('123456');
  });

  it('accepts passwords of 8 to 128 characters', () => {
    expect(validatePassword('12345678')).toBeUndefined();
    expect(validatePassword('x'.repeat(128))).toBeUndefined();
    expect(validatePassword('1234567')).toMatch(/at least 8/);
    expect(validatePassword('x'.repeat(129))).toMatch(/at most 128/);
    expect(validatePassword('')).toBe('Enter a password.');
  });

  it('accepts organization names of 3 to 50 letters, digits, spaces, dashes and underscores, trimmed', () => {
    for (const ok of ['Acme', 'Data Team_2', '  abc  ', 'x'.repeat(50)]) expect(validateOrgName(ok), ok).toBeUndefined();
    for (const bad of ['', '  ', 'ab', 'x'.repeat(51), 'Acme!', 'Ünïcode']) expect(validateOrgName(bad), bad).toBeDefined();
  });
});
