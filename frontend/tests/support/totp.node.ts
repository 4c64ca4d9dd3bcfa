/**
 * RFC 6238 TOTP as the service uses it (HMAC-SHA-1, 6 digits, 30-second steps), computed from the
 * base32 key the account page shows, so the journeys type what an authenticator app would.
 */
import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const STEP_SECONDS = 30;

/** RFC 4648 base32, case-insensitive, spaces and padding ignored. */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not base32: '${char}' in ${text}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 HOTP of `counter`, truncated to `digits`. */
export function hotp(key: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function stepAt(epochMs: number): number {
  return Math.floor(epochMs / 1000 / STEP_SECONDS);
}

/** The code of a base32 key at a moment (default now). */
export function totp(secret: string, epochMs = Date.now(), digits = 6): string {
  return hotp(base32Decode(secret), stepAt(epochMs), digits);
}

/**
 * An authenticator app for one key that never hands out a code of a step it already used: the
 * service refuses a code replayed within its step, so a second code waits for the next step.
 */
export class Authenticator {
  private lastStep = -1;

  constructor(readonly secret: string) {}

  async nextCode(): Promise<string> {
    let now = Date.now();
    if (stepAt(now) <= this.lastStep) {
      // At most one step (30 s) of waiting, plus a little so the clock is clearly past the edge.
      const wait = (this.lastStep + 1) * STEP_SECONDS * 1000 - now + 250;
      await new Promise((r) => setTimeout(r, wait));
      now = Date.now();
    }
    this.lastStep = stepAt(now);
    return hotp(base32Decode(this.secret), this.lastStep);
  }
}
