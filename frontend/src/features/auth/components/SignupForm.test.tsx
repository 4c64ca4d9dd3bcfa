import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../../../tests/support/render';
import { getSession } from '../../../lib/session';
import { SignupForm } from './SignupForm';

const user = { id: 'u1', username: 'alice', email: 'alice@example.com' };

async function fill(values: { username?: string; email?: string; password?: string; confirm?: string }) {
  const u = userEvent.setup();
  if (values.username) await u.type(screen.getByLabelText('Username'), values.username);
  if (values.email) await u.type(screen.getByLabelText('Email'), values.email);
  if (values.password) await u.type(screen.getByLabelText('Password'), values.password);
  if (values.confirm) await u.type(screen.getByLabelText('Confirm password'), values.confirm);
  await u.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('the sign-up form', () => {
  it('refuses what the API would refuse, says why, and sends nothing', async () => {
    const { calls } = fakeApi(() => ({ status: 201, body: {} }));
    renderWithProviders(<SignupForm onSignedUp={() => {}} />);
    await fill({ username: 'al', email: 'not-an-email', password: 'short', confirm: 'other' });
    expect(screen.getByText('Usernames are 3 to 32 characters long.')).toBeInTheDocument();
    expect(screen.getByText(/Enter a valid email address/)).toBeInTheDocument();
    expect(screen.getByText('Passwords are at least 8 characters long.')).toBeInTheDocument();
    expect(screen.getByText('The passwords do not match.')).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Usernames are 3 to 32 characters long.');
    expect(screen.getByLabelText('Username')).toHaveFocus();
    expect(calls).toHaveLength(0);
  });

  it('signs up with valid values and keeps the session', async () => {
    const onSignedUp = vi.fn();
    const { calls } = fakeApi(() => ({ status: 201, body: { user, token: 't', refresh_token: 'r', expires_at: '2030-01-01T00:00:00Z' } }));
    renderWithProviders(<SignupForm onSignedUp={onSignedUp} />);
    await fill({ username: 'alice', email: ' alice@example.com ', password: 'correct horse', confirm: 'correct horse' });
    await waitFor(() => expect(onSignedUp).toHaveBeenCalled());
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: '/api/auth/signup',
      body: { username: 'alice', email: 'alice@example.com', password: 'correct horse' },
    });
    expect(getSession()).toMatchObject({ token: 't', refresh_token: 'r', user });
  });

  it('shows a duplicate account in words', async () => {
    fakeApi(() => ({ status: 409, body: { error: true, message: 'username or email already exists' } }));
    renderWithProviders(<SignupForm onSignedUp={() => {}} />);
    await fill({ username: 'alice', email: 'alice@example.com', password: 'correct horse', confirm: 'correct horse' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Username or email already exists.');
  });
});
