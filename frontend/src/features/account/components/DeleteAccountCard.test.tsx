import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi, renderWithProviders } from '../../../../tests/support/render';
import { peekFlash } from '../../../lib/flash';
import { getSession, setSession, type User } from '../../../lib/session';
import { DeleteAccountCard } from './DeleteAccountCard';

const alice: User = { id: 'u1', username: 'alice', email: 'alice@example.com', mfa_enabled: false };

beforeEach(() => {
  sessionStorage.clear();
  setSession({ token: 't', refresh_token: 'r', user: alice });
});

describe('deleting the account', () => {
  it('warns plainly, and sends nothing without the password and the acknowledgement', async () => {
    const { calls } = fakeApi(() => ({ status: 200, body: { success: true } }));
    renderWithProviders(<DeleteAccountCard user={alice} />);
    expect(screen.getByRole('note', { name: 'Warning' })).toHaveTextContent('This cannot be undone.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(screen.getByText('Tick the box to confirm that you want to delete your account.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Code from your authenticator app')).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('deletes with the password, ends the session and leaves a notice for the sign-in page', async () => {
    const { calls } = fakeApi(() => ({ status: 200, body: { success: true } }));
    renderWithProviders(<DeleteAccountCard user={alice} />);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Your password'), 'my password');
    await u.click(screen.getByRole('checkbox'));
    await u.click(screen.getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(getSession()).toBeNull());
    expect(calls[0]).toMatchObject({ method: 'DELETE', path: '/api/account', body: { password: 'my password' }, authorization: 'Bearer t' });
    expect(peekFlash()).toBe('Your account and everything stored with it were deleted.');
  });

  it('asks for a current code as well when two-factor sign-in is on', async () => {
    const { calls } = fakeApi(() => ({ status: 200, body: { success: true } }));
    const on = { ...alice, mfa_enabled: true };
    renderWithProviders(<DeleteAccountCard user={on} />);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Your password'), 'my password');
    await u.click(screen.getByRole('checkbox'));
    await u.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(screen.getByText('Enter the 6-digit code from your authenticator app.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    await u.type(screen.getByLabelText('Code from your authenticator app'), '123456');
    await u.click(screen.getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(calls[0]?.body).toEqual({ password: 'my password', code: '123456' }));
  });

  it('names the organization a sole owner must hand over first, and keeps the user signed in', async () => {
    fakeApi(() => ({
      status: 409,
      body: { error: true, message: "you are the sole owner of organization 'Acme Data', which has other members: transfer ownership first" },
    }));
    renderWithProviders(<DeleteAccountCard user={alice} />);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Your password'), 'my password');
    await u.click(screen.getByRole('checkbox'));
    await u.click(screen.getByRole('button', { name: 'Delete my account' }));
    const form = screen.getByRole('form', { name: 'Delete my account' });
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      "You are the sole owner of organization 'Acme Data', which has other members: transfer ownership first.",
    );
    expect(getSession()?.token).toBe('t');
    expect(peekFlash()).toBeNull();
  });

  it('says a wrong password is wrong without ending the session', async () => {
    const { calls } = fakeApi(() => ({ status: 401, body: { error: true, message: 'password is incorrect' } }));
    renderWithProviders(<DeleteAccountCard user={alice} />);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Your password'), 'not my password');
    await u.click(screen.getByRole('checkbox'));
    await u.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Password is incorrect.');
    expect(calls).toHaveLength(1);
    expect(getSession()?.token).toBe('t');
  });
});
