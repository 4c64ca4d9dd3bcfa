import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi, type Call, type Reply } from '../../tests/support/render';
import { api, apiFile, configureApiClient, filenameOf } from './api-client';
import { ApiError } from './errors';
import { getSession, setSession, type Session } from './session';

const user = { id: 'u1', username: 'alice', email: 'alice@example.com' };
const session = (token: string, refresh: string): Session => ({ token, refresh_token: refresh, user });

/** A server whose valid access token is `validToken`; refresh turns `r1` into `t2`/`r2`. */
function server(overrides: (call: Call) => Reply | undefined = () => undefined) {
  let validToken = 't1';
  const api = fakeApi(async (call) => {
    const override = overrides(call);
    if (override) return override;
    if (call.path === '/api/auth/refresh') {
      const body = call.body as { refresh_token: string };
      if (body.refresh_token !== 'r1') return { status: 401, body: { error: true, message: 'invalid or expired refresh token' } };
      validToken = 't2';
      return { status: 200, body: { user, token: 't2', refresh_token: 'r2', expires_at: '2030-01-01T00:00:00Z' } };
    }
    if (call.authorization !== `Bearer ${validToken}`) return { status: 401, body: { error: true, message: 'invalid or expired token' } };
    return { status: 200, body: { ok: true, path: call.path } };
  });
  return { ...api, expire: () => (validToken = 'rotated-elsewhere') };
}

beforeEach(() => setSession(null));

describe('the API client', () => {
  it('sends the access token as a bearer token', async () => {
    setSession(session('t1', 'r1'));
    const { calls } = server();
    await expect(api('/api/auth/me')).resolves.toEqual({ ok: true, path: '/api/auth/me' });
    expect(calls[0]?.authorization).toBe('Bearer t1');
  });

  it('refreshes once on a 401, stores the new pair and retries with it', async () => {
    setSession(session('expired', 'r1'));
    const { calls } = server();
    await expect(api('/api/organizations')).resolves.toMatchObject({ ok: true });
    expect(calls.map((c) => c.path)).toEqual(['/api/organizations', '/api/auth/refresh', '/api/organizations']);
    expect(calls[1]?.body).toEqual({ refresh_token: 'r1' });
    expect(calls[2]?.authorization).toBe('Bearer t2');
    expect(getSession()).toMatchObject({ token: 't2', refresh_token: 'r2' });
    expect(JSON.parse(localStorage.getItem('howler.session') ?? '{}')).toMatchObject({ token: 't2' });
  });

  it('shares one refresh between concurrent 401s, since a refresh token works only once', async () => {
    setSession(session('expired', 'r1'));
    const { calls } = server();
    const results = await Promise.all([api('/api/a'), api('/api/b'), api('/api/c')]);
    expect(results).toHaveLength(3);
    expect(calls.filter((c) => c.path === '/api/auth/refresh')).toHaveLength(1);
    expect(calls.filter((c) => c.path !== '/api/auth/refresh' && c.authorization === 'Bearer t2')).toHaveLength(3);
  });

  it('does not refresh twice when the retried request is refused again', async () => {
    setSession(session('expired', 'r1'));
    const { calls } = server((call) => (call.path === '/api/forbidden-forever' ? { status: 401, body: { error: true, message: 'invalid or expired token' } } : undefined));
    await expect(api('/api/forbidden-forever')).rejects.toMatchObject({ status: 401 });
    expect(calls.map((c) => c.path)).toEqual(['/api/forbidden-forever', '/api/auth/refresh', '/api/forbidden-forever']);
  });

  it('signs out when the refresh token is refused', async () => {
    setSession(session('expired', 'spent'));
    const { calls } = server();
    const error = await api('/api/organizations').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Your session has ended. Please sign in again.');
    expect(getSession()).toBeNull();
    expect(localStorage.getItem('howler.session')).toBeNull();
    expect(calls).toHaveLength(2);
  });

  it('keeps the session when the refresh fails for lack of a network', async () => {
    setSession(session('expired', 'r1'));
    configureApiClient({
      fetch: (async (input: RequestInfo | URL) => {
        if (String(input).includes('/refresh')) throw new TypeError('Failed to fetch');
        return new Response('{"error":true,"message":"invalid or expired token"}', { status: 401 });
      }) as typeof fetch,
    });
    await expect(api('/api/organizations')).rejects.toMatchObject({ status: 0 });
    expect(getSession()?.refresh_token).toBe('r1');
  });

  it('never refreshes for a sign-in that fails', async () => {
    setSession(null);
    const { calls } = fakeApi(() => ({ status: 401, body: { error: true, message: 'invalid username or password' } }));
    await expect(api('/api/auth/login', { method: 'POST', body: { username: 'a', password: 'b' }, auth: false })).rejects.toMatchObject({
      status: 401,
      message: 'Invalid username or password.',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.authorization).toBeNull();
  });

  it('does not refresh when a 401 is about a password the user typed', async () => {
    setSession(session('t1', 'r1'));
    const { calls } = fakeApi(() => ({ status: 401, body: { error: true, message: 'current password is incorrect' } }));
    await expect(api('/api/auth/password', { method: 'POST', body: {} })).rejects.toMatchObject({
      status: 401,
      message: 'Current password is incorrect.',
    });
    expect(calls).toHaveLength(1);
    expect(getSession()?.token).toBe('t1');
  });

  it('does not refresh when a 401 is about a two-factor code the user typed', async () => {
    setSession(session('t1', 'r1'));
    const { calls } = fakeApi(() => ({ status: 401, body: { error: true, message: 'invalid two-factor code' } }));
    await expect(api('/api/auth/mfa/disable', { method: 'POST', body: {} })).rejects.toMatchObject({
      status: 401,
      message: 'That code is not valid. Enter the 6-digit code your authenticator app shows now.',
    });
    expect(calls).toHaveLength(1);
    expect(getSession()?.token).toBe('t1');
  });

  it('downloads a file with the name from Content-Disposition, refreshing like any call', async () => {
    setSession(session('expired', 'r1'));
    const { calls } = server((call) =>
      call.path === '/api/account/export' && call.authorization === 'Bearer t2'
        ? { status: 200, body: { user: { username: 'alice' } }, headers: { 'Content-Disposition': 'attachment; filename="howler-export-alice.json"' } }
        : undefined,
    );
    const file = await apiFile('/api/account/export', 'export.json');
    expect(file.filename).toBe('howler-export-alice.json');
    expect(JSON.parse(await file.blob.text())).toEqual({ user: { username: 'alice' } });
    expect(calls.map((c) => c.path)).toEqual(['/api/account/export', '/api/auth/refresh', '/api/account/export']);
  });

  it('reads every form of a Content-Disposition file name, and never a path', () => {
    expect(filenameOf('attachment; filename="data.json"')).toBe('data.json');
    expect(filenameOf('attachment; filename=data.json')).toBe('data.json');
    expect(filenameOf(`attachment; filename="plain.json"; filename*=UTF-8''J%C3%B6rg.json`)).toBe('Jörg.json');
    expect(filenameOf('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameOf('attachment')).toBeUndefined();
    expect(filenameOf(null)).toBeUndefined();
  });

  it('maps a 429 to a retry message from Retry-After', async () => {
    setSession(session('t1', 'r1'));
    fakeApi(() => ({ status: 429, body: { error: true, message: 'rate limit exceeded' }, headers: { 'Retry-After': '12' } }));
    await expect(api('/api/sync/download')).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 12,
      message: 'Too many attempts. Try again in 12 seconds.',
    });
  });

  it('maps an unreachable server to status 0 and a plain sentence', async () => {
    configureApiClient({ fetch: (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch });
    await expect(api('/api/auth/me')).rejects.toMatchObject({ status: 0, message: expect.stringMatching(/Can't reach the server/) });
  });

  it('sends JSON bodies and query parameters, leaving undefined ones out', async () => {
    setSession(session('t1', 'r1'));
    const { calls, fetchMock } = server();
    await api('/api/sync/download', { query: { limit: 10, cursor: undefined, device_id: 'web 1' } });
    await api('/api/organizations', { method: 'POST', body: { name: 'Acme' } });
    expect(calls[0]?.path).toBe('/api/sync/download?limit=10&device_id=web+1');
    expect(calls[1]).toMatchObject({ method: 'POST', body: { name: 'Acme' } });
    const init = fetchMock.mock.calls[1]?.[1] as RequestInit;
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json');
  });
});
