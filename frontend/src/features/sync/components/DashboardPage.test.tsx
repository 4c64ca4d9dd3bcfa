import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi, renderWithProviders, type Call } from '../../../../tests/support/render';
import { setSession } from '../../../lib/session';
import { DashboardPage } from './DashboardPage';

const download = {
  connections: [
    { id: 'c1', name: 'Production', type: 'postgres', host: 'db.example.com', port: 5432, database: 'app', username: 'ro', sync_version: 3, password: 'hunter2' },
    { id: 'c2', name: 'Analytics', type: 'mysql', host: 'mysql.local', sync_version: 1 },
  ],
  saved_queries: [{ id: 'q1', name: 'Active users', query: 'SELECT * FROM users WHERE active', sync_version: 2 }],
  query_history: [{ id: 'h1', query: 'SELECT 1', executed_at: '2025-01-01T10:00:00Z', duration_ms: 3, success: true }],
  deleted: [],
  has_more: false,
};

beforeEach(() => setSession({ token: 't', refresh_token: 'r', user: { id: 'u1', username: 'alice', email: 'a@b.co' } }));

function syncServer() {
  const uploads: Call[] = [];
  const api = fakeApi((call) => {
    if (call.path.startsWith('/api/sync/download')) return { status: 200, body: download };
    if (call.path === '/api/sync/conflicts') return { status: 200, body: { conflicts: [], count: 0 } };
    if (call.path === '/api/sync/upload') {
      uploads.push(call);
      return { status: 200, body: { success: true, message: 'Synced 1 items' } };
    }
    return { status: 404 };
  });
  return { ...api, uploads };
}

describe('the dashboard', () => {
  it('shows a friendly empty state when nothing was synced', async () => {
    fakeApi((call) =>
      call.path.startsWith('/api/sync/download')
        ? { status: 200, body: { connections: [], saved_queries: null, query_history: [], has_more: false } }
        : { status: 200, body: { conflicts: [] } },
    );
    renderWithProviders(<DashboardPage />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading your synced items');
    expect(await screen.findByText('Nothing synced yet')).toBeInTheDocument();
  });

  it('filters by type and by search text, and never shows a password even if one came down', async () => {
    syncServer();
    renderWithProviders(<DashboardPage />);
    expect(await screen.findByText('Production')).toBeInTheDocument();
    expect(screen.getByText('Showing 4 of 4 items.')).toBeInTheDocument();
    const u = userEvent.setup();
    await u.selectOptions(screen.getByLabelText('Type'), 'saved_query');
    expect(screen.queryByText('Production')).not.toBeInTheDocument();
    expect(screen.getByText('Active users')).toBeInTheDocument();
    await u.selectOptions(screen.getByLabelText('Type'), 'all');
    await u.type(screen.getByLabelText('Search'), 'mysql');
    expect(screen.getByText('Analytics')).toBeInTheDocument();
    expect(screen.queryByText('Production')).not.toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 4 items.')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('hunter2');
  });

  it('deletes with a confirmation, uploading a delete change for the tombstone', async () => {
    const { uploads } = syncServer();
    renderWithProviders(<DashboardPage />);
    const item = (await screen.findByText('Production')).closest('li')!;
    const u = userEvent.setup();
    await u.click(within(item).getByRole('button', { name: 'Delete connection Production' }));
    await u.click(within(item).getByRole('button', { name: /Confirm delete/ }));
    await waitFor(() => expect(uploads).toHaveLength(1));
    const body = uploads[0]?.body as { device_id: string; changes: Record<string, unknown>[] };
    expect(body.device_id).toMatch(/^web-/);
    expect(body.changes[0]).toMatchObject({ item_type: 'connection', item_id: 'c1', action: 'delete', sync_version: 3, data: { id: 'c1' } });
  });
});
