/**
 * The one place where an API failure becomes words a user reads.
 *
 * Every call through {@link ../lib/api-client} rejects with an {@link ApiError}; components show
 * `error.message` and never the raw server text unless it was written for people (validation and
 * conflict messages are).
 */
export class ApiError extends Error {
  /** HTTP status, or 0 when the request never got an answer (offline, DNS, CORS). */
  readonly status: number;
  /** The `message` of the server's `{"error": true, "message": ...}` body, when there was one. */
  readonly serverMessage: string | undefined;
  /** Seconds to wait before retrying, from `Retry-After` on a 429 or 503. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, message: string, serverMessage?: string, retryAfterSeconds?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.serverMessage = serverMessage;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Parses `Retry-After`: either delta-seconds or an HTTP date. Returns whole seconds (at least 1),
 * or undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.max(1, Number.parseInt(trimmed, 10));
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(1, Math.ceil((date - now) / 1000));
}

/** "in 42 seconds", "in 1 minute", "in 15 minutes": how long a user waits, rounded up to minutes past 90 s. */
export function describeWait(seconds: number): string {
  if (seconds <= 1) return 'in 1 second';
  if (seconds <= 90) return `in ${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`;
}

function sentence(text: string): string {
  const t = text.trim();
  if (t === '') return t;
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * A 401 or 400 message about something the user typed (credentials, a current password, a
 * two-factor or recovery code) rather than about the session: the API words these for people.
 */
export const CREDENTIAL_MESSAGE = /username|email|credential|password|\bcode\b/i;

/** A refused two-factor or recovery code ("invalid code", "recovery code already used", …). */
const REFUSED_CODE = /\bcode\b.*\b(invalid|incorrect|wrong|expired|used|not valid)\b|\b(invalid|incorrect|wrong|expired|used)\b.*\bcode\b/i;
/** The short-lived ticket between the password and the code of a two-factor sign-in. */
const MFA_TICKET = /mfa[ _-]?token|two-factor (sign-in|session)/i;

const RECOVERY_CODE_REFUSED = 'That recovery code is not valid or was already used. Each recovery code works once.';

function codeMessage(serverMessage: string): string {
  if (/recovery/i.test(serverMessage)) return RECOVERY_CODE_REFUSED;
  // A replay: the right code, but its time step was already used for a sign-in.
  if (/already used/i.test(serverMessage)) return 'That code was already used. Wait for the next code from your authenticator app.';
  return 'That code is not valid. Enter the 6-digit code your authenticator app shows now.';
}

/**
 * Builds the user-facing error of a response. `serverMessage` is the body's `message`, if any.
 */
export function errorFromResponse(
  status: number,
  serverMessage: string | undefined,
  retryAfterHeader: string | null,
  now: number = Date.now(),
): ApiError {
  const retryAfter = parseRetryAfter(retryAfterHeader, now);
  let message: string;
  switch (true) {
    case status === 429:
      message =
        retryAfter === undefined
          ? 'Too many attempts. Please wait a moment and try again.'
          : `Too many attempts. Try again ${describeWait(retryAfter)}.`;
      break;
    case status === 401:
      // Wrong credentials (sign-in, current password) are worded by the API for people; any other
      // 401 means the session is gone.
      if (serverMessage !== undefined && MFA_TICKET.test(serverMessage)) {
        message = 'This sign-in took too long or was already used. Enter your password again.';
      } else if (serverMessage !== undefined && REFUSED_CODE.test(serverMessage)) {
        message = codeMessage(serverMessage);
      } else {
        message =
          serverMessage !== undefined && CREDENTIAL_MESSAGE.test(serverMessage)
            ? sentence(serverMessage)
            : 'Your session has ended. Please sign in again.';
      }
      break;
    case status === 403:
      message = "You don't have permission to do that.";
      break;
    case status === 404:
      message = "We couldn't find that. It may have been deleted.";
      break;
    case status === 413:
      message = 'That is too large to send (the limit is 10 MB).';
      break;
    case status === 400 && serverMessage !== undefined && REFUSED_CODE.test(serverMessage):
      message = codeMessage(serverMessage);
      break;
    case status === 400 || status === 409 || status === 422:
      message = serverMessage ? sentence(serverMessage) : 'Please check what you entered and try again.';
      break;
    case status === 503:
      message =
        retryAfter === undefined
          ? 'The service is temporarily unavailable. Please try again shortly.'
          : `The service is temporarily unavailable. Try again ${describeWait(retryAfter)}.`;
      break;
    case status >= 500:
      message = 'Something went wrong on our side. Please try again.';
      break;
    default:
      message = serverMessage ? sentence(serverMessage) : `The request failed (HTTP ${status}).`;
  }
  return new ApiError(status, message, serverMessage, retryAfter);
}

/** The two-factor sign-in ticket is spent or expired: only the password step can issue a new one. */
export function isExpiredSignIn(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.serverMessage !== undefined && MFA_TICKET.test(error.serverMessage);
}

/**
 * What to show for a failed second factor. The API answers a wrong recovery code as it does a
 * wrong app code, so the form says which kind the user typed.
 */
export function secondFactorMessageOf(error: unknown, kind: 'code' | 'recovery'): string {
  if (
    kind === 'recovery' &&
    error instanceof ApiError &&
    (error.status === 400 || error.status === 401) &&
    error.serverMessage !== undefined &&
    REFUSED_CODE.test(error.serverMessage)
  ) {
    return RECOVERY_CODE_REFUSED;
  }
  return messageOf(error);
}

/** The error of a request that got no answer at all. */
export function networkError(): ApiError {
  return new ApiError(0, "Can't reach the server. Check your connection and try again.");
}

/** What to show for anything thrown: an ApiError's message, or a generic sentence. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again.';
}
