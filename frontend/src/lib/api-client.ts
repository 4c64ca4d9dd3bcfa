/**
 * The one API client: adds the bearer token, refreshes the session once on a 401 and retries,
 * and turns every failure into an {@link ApiError} whose message a user can read.
 *
 * Refresh tokens are single-use (reusing one revokes the session), so concurrent 401s share one
 * refresh call.
 */
import { ApiError, CREDENTIAL_MESSAGE, errorFromResponse, networkError } from './errors';
import { getSession, sessionFromAuth, setSession, type AuthResponse, type Session } from './session';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Query parameters; undefined values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  /** Send the bearer token and refresh on 401 (default true). */
  auth?: boolean;
  signal?: AbortSignal;
}

interface ClientConfig {
  baseUrl: string;
  fetch: typeof fetch;
}

const config: ClientConfig = {
  baseUrl: (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '',
  fetch: (...args) => globalThis.fetch(...args),
};

/** Overrides the base URL or fetch implementation (tests). */
export function configureApiClient(overrides: Partial<ClientConfig>): void {
  Object.assign(config, overrides);
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  let url = config.baseUrl + path;
  if (query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) params.set(key, String(value));
    }
    const qs = params.toString();
    if (qs) url += (url.includes('?') ? '&' : '?') + qs;
  }
  return url;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function serverMessageOf(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'message' in body) {
    const message = (body as { message: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return undefined;
}

async function send(path: string, options: RequestOptions, token: string | undefined): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await config.fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
}

async function toError(response: Response): Promise<ApiError> {
  const body = await readBody(response);
  return errorFromResponse(response.status, serverMessageOf(body), response.headers.get('Retry-After'));
}

let refreshInFlight: Promise<Session | null> | null = null;

/**
 * Exchanges the refresh token for a new pair, once even when called concurrently. Resolves to the
 * new session, or null when the server refused the refresh token (the session is then cleared).
 * Network and server errors reject and keep the session, so a flaky network doesn't sign anyone out.
 */
export function refreshSession(): Promise<Session | null> {
  if (refreshInFlight) return refreshInFlight;
  const session = getSession();
  if (!session) return Promise.resolve(null);
  refreshInFlight = (async () => {
    try {
      const response = await send('/api/auth/refresh', { method: 'POST', body: { refresh_token: session.refresh_token } }, undefined);
      if (response.ok) {
        const next = sessionFromAuth((await readBody(response)) as AuthResponse);
        // The user may have signed out while the refresh was in flight.
        if (getSession() === null) return null;
        setSession({ ...next, user: next.user ?? session.user });
        return getSession();
      }
      if (response.status === 400 || response.status === 401 || response.status === 403) {
        if (getSession()?.refresh_token === session.refresh_token) setSession(null);
        return null;
      }
      throw await toError(response);
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

function sessionEnded(): ApiError {
  return new ApiError(401, 'Your session has ended. Please sign in again.');
}

/**
 * A 401 about something the user typed (a wrong current password, a wrong two-factor or recovery
 * code) is an answer, not an expired token: refreshing would not help. Reads a clone so the body
 * stays available.
 */
async function isCredentialError(response: Response): Promise<boolean> {
  const message = serverMessageOf(await readBody(response.clone()));
  return message !== undefined && CREDENTIAL_MESSAGE.test(message);
}

/** Sends the request with the session's token, refreshing once on a 401; resolves to an OK response. */
async function request(path: string, options: RequestOptions): Promise<Response> {
  const useAuth = options.auth ?? true;
  const sentToken = useAuth ? getSession()?.token : undefined;
  let response = await send(path, options, sentToken);

  if (response.status === 401 && useAuth && sentToken && !(await isCredentialError(response))) {
    // Another request may already have refreshed: then retry with its token instead of refreshing again.
    const latest = getSession();
    let token: string | undefined;
    if (latest && latest.token !== sentToken) token = latest.token;
    else token = (await refreshSession())?.token;
    if (!token) throw sessionEnded();
    response = await send(path, options, token);
  } else if (response.status === 401 && useAuth && !sentToken) {
    throw sessionEnded();
  }

  if (!response.ok) throw await toError(response);
  return response;
}

/** Calls the API and resolves to the parsed JSON body. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await readBody(await request(path, options))) as T;
}

/** A file the API sent as a download (`Content-Disposition: attachment`). */
export interface DownloadedFile {
  blob: Blob;
  /** The server's `filename` (RFC 6266, `filename*` preferred), or `fallbackName`. */
  filename: string;
}

/**
 * Reads the `filename` of a `Content-Disposition` header: `filename*=UTF-8''…` first (it may carry
 * any character), then `filename="…"` or a bare token. Path separators are dropped, since the name
 * becomes a file on the user's disk.
 */
export function filenameOf(header: string | null): string | undefined {
  if (!header) return undefined;
  let name: string | undefined;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      name = decodeURIComponent((extended[2] ?? '').trim());
    } catch {
      name = undefined;
    }
  }
  if (name === undefined) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header);
    if (plain) name = plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2];
  }
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : undefined;
}

/** Downloads a file from the API with the same token handling as {@link api}. */
export async function apiFile(path: string, fallbackName: string, options: RequestOptions = {}): Promise<DownloadedFile> {
  const response = await request(path, options);
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition')) ?? fallbackName };
}
