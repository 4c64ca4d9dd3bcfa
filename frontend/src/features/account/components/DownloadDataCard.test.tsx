import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { captureDownloads } from '../../../../tests/support/downloads';
import { fakeApi, renderWithProviders } from '../../../../tests/support/render';
import { setSession } from '../../../lib/session';
import { DownloadDataCard } from './DownloadDataCard';

beforeEach(() => setSession({ token: 't', refresh_token: 'r', user: { id: 'u1', username: 'alice', email: 'alice@example.com' } }));

describe('"Download my data"', () => {
  it('saves the export as the file the server names', async () => {
    const exported = { user: { username: 'alice' }, saved_queries: [{ id: 'q1', name: 'Active users' }] };
    const { calls } = fakeApi(() => ({
      status: 200,
      body: exported,
      headers: { 'Content-Disposition': 'attachment; filename="sql-studio-export-alice.json"' },
    }));
    const downloads = captureDownloads();
    renderWithProviders(<DownloadDataCard />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download my data' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your data was downloaded as sql-studio-export-alice.json.');
    expect(calls[0]).toMatchObject({ method: 'GET', path: '/api/account/export', authorization: 'Bearer t' });
    expect(downloads.map((d) => d.filename)).toEqual(['sql-studio-export-alice.json']);
    expect(JSON.parse(await downloads[0]!.blob.text())).toEqual(exported);
  });

  it('shows a failure in words and saves nothing', async () => {
    fakeApi(() => ({ status: 503, body: { error: true, message: 'database unavailable' }, headers: { 'Retry-After': '5' } }));
    const downloads = captureDownloads();
    renderWithProviders(<DownloadDataCard />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download my data' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The service is temporarily unavailable. Try again in 5 seconds.');
    expect(downloads).toHaveLength(0);
  });
});
