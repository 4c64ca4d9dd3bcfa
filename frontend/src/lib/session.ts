/**
 * The signed-in session: tokens and user, kept in localStorage so a reload keeps the user signed in,
 * and shared between tabs through the `storage` event. The API client is the only writer besides
 * sign-in and sign-out.
 */

/** A user as the API returns it (`/api/auth/me`, login and signup). */
export interface User {
  id: string;
  username: string;
  email: string;
  role?: string;
  active?: boolean;
  created_at?: string;
  updated_at?: string;
  last_login?: string | null;
  /** Two-factor sign-in is on (`GET /api/auth/me`). */
  mfa_enabled?: boolean;
}

/** Tokens of one session. `expires_at` is the access token's expiry (RFC 3339), when the API sends it. */
export interface Session {
  token: string;
  refresh_token: string;
  expires_at?: string;
  user: User;
}

/** The body of signup, login and refresh replies. */
export interface AuthResponse {
  user: User;
  token: string;
  refresh_token: string;
  expires_at?: string;
}

export const SESSION_STORAGE_KEY = 'howler.session';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null | undefined;

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function read(): Session | null {
  const raw = storage()?.getItem(SESSION_STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.token === 'string' && typeof parsed.refresh_token === 'string' && parsed.user) {
      return parsed as Session;
    }
  } catch {
    // A corrupt entry is the same as no session.
  }
  return null;
}

export function getSession(): Session | null {
  if (current === undefined) current = read();
  return current;
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function setSession(session: Session | null): void {
  current = session;
  const s = storage();
  if (session) s?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  else s?.removeItem(SESSION_STORAGE_KEY);
  notify();
}

export function sessionFromAuth(response: AuthResponse): Session {
  return {
    token: response.token,
    refresh_token: response.refresh_token,
    expires_at: response.expires_at,
    user: response.user,
  };
}

/** Replaces the stored user (after `/me`), keeping the tokens. */
export function updateUser(user: User): void {
  const session = getSession();
  if (session) setSession({ ...session, user });
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  // Another tab signed in, refreshed or signed out: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key === SESSION_STORAGE_KEY || event.key === null) {
      current = read();
      notify();
    }
  });
}
