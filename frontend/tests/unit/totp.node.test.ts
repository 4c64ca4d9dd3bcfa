// Runs with the unit tests (jsdom), but checks node-side test support: typed by tsconfig.node.json.
import { describe, expect, it } from 'vitest';
import { base32Decode, hotp, totp } from '../support/totp.node';

// The journeys' authenticator must agree with RFC 6238 or every two-factor journey fails for the
// wrong reason; these are the RFC's own vectors.
describe('the journeys’ TOTP', () => {
  const key = Buffer.from('12345678901234567890', 'ascii');

  it('matches the RFC 4226 HOTP vectors', () => {
    expect([0, 1, 2, 9].map((c) => hotp(key, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it('matches the RFC 6238 SHA-1 vectors (8 digits)', () => {
    expect(totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000, 8)).toBe('94287082');
    expect(totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1_111_111_109_000, 8)).toBe('07081804');
    expect(totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 20_000_000_000_000, 8)).toBe('65353130');
  });

  it('reads base32 with lower case, spaces and padding', () => {
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(key);
    expect(base32Decode('MZXW6===').toString()).toBe('foo');
    expect(() => base32Decode('A1')).toThrow(/not base32/);
  });
});
