import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../tests/support/render';
import { getSession, setSession } from '../lib/session';
import { AppProviders } from './providers';

const user = { id: 'u1', username: 'alice', email: 'alice@example.com' };

describe('the session keeper', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2030-01-01T00:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('refreshes a minute before the access token expires, without a request failing first', async () => {
    const { calls } = fakeApi(() => ({
      status: 200,
      body: { user, token: 't2', refresh_token: 'r2', expires_at: '2030-01-02T00:00:00Z' },
    }));
    setSession({ token: 't1', refresh_token: 'r1', expires_at: '2030-01-01T00:05:00Z', user });
    render(<AppProviders>{null}</AppProviders>);

    await act(() => vi.advanceTimersByTimeAsync(3 * 60_000));
    expect(calls).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(60_000 + 1));
    expect(calls.map((c) => c.path)).toEqual(['/api/auth/refresh']);
    expect(getSession()).toMatchObject({ token: 't2', refresh_token: 'r2', expires_at: '2030-01-02T00:00:00Z' });
  });
});
