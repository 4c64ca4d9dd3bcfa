import { describe, expect, it } from 'vitest';
import { ApiError, describeWait, errorFromResponse, isExpiredSignIn, messageOf, networkError, parseRetryAfter, secondFactorMessageOf } from './errors';

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('42')).toBe(42);
    expect(parseRetryAfter(' 7 ')).toBe(7);
  });
  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2025-01-01T10:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 10:01:30 GMT', now)).toBe(90);
  });
  it('never says zero, and ignores what it cannot read', () => {
    expect(parseRetryAfter('0')).toBe(1);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('describeWait', () => {
  it('counts seconds, then minutes rounded up', () => {
    expect(describeWait(1)).toBe('in 1 second');
    expect(describeWait(30)).toBe('in 30 seconds');
    expect(describeWait(91)).toBe('in 2 minutes');
    expect(describeWait(900)).toBe('in 15 minutes');
  });
});

describe('errorFromResponse', () => {
  it('tells a throttled user when to try again, from Retry-After', () => {
    const error = errorFromResponse(429, 'too many requests', '30');
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.message).toBe('Too many attempts. Try again in 30 seconds.');
  });

  it('says to wait a moment when a 429 has no Retry-After', () => {
    expect(errorFromResponse(429, undefined, null).message).toBe('Too many attempts. Please wait a moment and try again.');
  });

  it('turns a locked-out login into minutes', () => {
    expect(errorFromResponse(429, 'account is temporarily locked', '900').message).toBe('Too many attempts. Try again in 15 minutes.');
  });

  it('words a refused two-factor or recovery code, whatever status carries it', () => {
    expect(errorFromResponse(401, 'invalid two-factor code', null).message).toBe('That code is not valid. Enter the 6-digit code your authenticator app shows now.');
    expect(errorFromResponse(400, 'code is invalid', null).message).toBe('That code is not valid. Enter the 6-digit code your authenticator app shows now.');
    expect(errorFromResponse(401, 'recovery code is invalid or already used', null).message).toBe(
      'That recovery code is not valid or was already used. Each recovery code works once.',
    );
  });

  it('says a replayed code was used already, and to wait for the next one', () => {
    expect(errorFromResponse(401, 'this code was already used: wait for the next code from your authenticator app', null).message).toBe(
      'That code was already used. Wait for the next code from your authenticator app.',
    );
  });

  it('words a refused code as a recovery code when that is what the user typed', () => {
    const refused = errorFromResponse(401, 'invalid two-factor code', null);
    expect(secondFactorMessageOf(refused, 'recovery')).toBe('That recovery code is not valid or was already used. Each recovery code works once.');
    expect(secondFactorMessageOf(refused, 'code')).toBe('That code is not valid. Enter the 6-digit code your authenticator app shows now.');
    expect(secondFactorMessageOf(errorFromResponse(429, 'locked', '60'), 'recovery')).toBe('Too many attempts. Try again in 60 seconds.');
  });

  it('sends a user whose two-factor sign-in ticket expired back to the password', () => {
    const expired = errorFromResponse(401, 'invalid or expired mfa_token: sign in again with your password', null);
    expect(expired.message).toBe('This sign-in took too long or was already used. Enter your password again.');
    expect(isExpiredSignIn(expired)).toBe(true);
    expect(isExpiredSignIn(errorFromResponse(401, 'invalid two-factor code', null))).toBe(false);
  });

  it('keeps an expired session a session problem, not a code problem', () => {
    expect(errorFromResponse(401, 'invalid or expired token', null).message).toBe('Your session has ended. Please sign in again.');
  });

  it('names the organization a sole owner must hand over first (409)', () => {
    expect(errorFromResponse(409, "you are the sole owner of 'Acme Data', which has other members: transfer ownership first", null).message).toBe(
      "You are the sole owner of 'Acme Data', which has other members: transfer ownership first.",
    );
  });

  it('shows validation and conflict messages of the API as sentences', () => {
    expect(errorFromResponse(400, 'password must be at least 8 characters', null).message).toBe('Password must be at least 8 characters.');
    expect(errorFromResponse(409, 'username or email already exists', null).message).toBe('Username or email already exists.');
  });

  it('words wrong credentials plainly and other 401s as an ended session', () => {
    expect(errorFromResponse(401, 'invalid username or password', null).message).toBe('Invalid username or password.');
    expect(errorFromResponse(401, 'invalid or expired token', null).message).toBe('Your session has ended. Please sign in again.');
  });

  it('hides server internals behind a plain sentence', () => {
    const error = errorFromResponse(500, 'java.lang.NullPointerException at Foo', null);
    expect(error.message).toBe('Something went wrong on our side. Please try again.');
    expect(error.message).not.toContain('java');
  });

  it('explains permission, not-found and size errors', () => {
    expect(errorFromResponse(403, 'insufficient permissions', null).message).toBe("You don't have permission to do that.");
    expect(errorFromResponse(404, 'not found', null).message).toMatch(/couldn't find/);
    expect(errorFromResponse(413, undefined, null).message).toMatch(/too large/);
  });

  it('tells when an unavailable service expects to be back', () => {
    expect(errorFromResponse(503, undefined, '5').message).toBe('The service is temporarily unavailable. Try again in 5 seconds.');
  });
});

describe('messageOf', () => {
  it('uses an ApiError message and a generic one for anything else', () => {
    expect(messageOf(networkError())).toMatch(/Can't reach the server/);
    expect(messageOf(new Error('boom'))).toBe('Something went wrong. Please try again.');
  });
});
