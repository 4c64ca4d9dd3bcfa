import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderWithProviders } from '../../../../tests/support/render';
import { setSession } from '../../../lib/session';
import { ChangePasswordForm } from './ChangePasswordForm';

describe('the change-password form', () => {
  it('checks length and confirmation before sending', async () => {
    const { calls } = fakeApi(() => ({ status: 200, body: { success: true } }));
    renderWithProviders(<ChangePasswordForm />);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Current password'), 'old password');
    await u.type(screen.getByLabelText('New password'), 'short');
    await u.type(screen.getByLabelText('Confirm new password'), 'different');
    await u.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByText('Passwords are at least 8 characters long.')).toBeInTheDocument();
    expect(screen.getByText('The new passwords do not match.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('changes the password and says the other sessions were signed out', async () => {
    setSession({ token: 't', refresh_token: 'r', user: { id: 'u1', username: 'alice', email: 'a@b.co' } });
    const { calls } = fakeApi(() => ({ status: 200, body: { success: true } }));
    renderWithProviders(<ChangePasswordForm />);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Current password'), 'old password');
    await u.type(screen.getByLabelText('New password'), 'new password 1');
    await u.type(screen.getByLabelText('Confirm new password'), 'new password 1');
    await u.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Password changed'));
    expect(calls[0]).toMatchObject({
      path: '/api/auth/password',
      body: { current_password: 'old password', new_password: 'new password 1' },
      authorization: 'Bearer t',
    });
  });
});
