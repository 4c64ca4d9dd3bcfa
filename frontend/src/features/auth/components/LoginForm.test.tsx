import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderWithProviders } from '../../../../tests/support/render';
import { LoginForm } from './LoginForm';

describe('the sign-in form', () => {
  it('asks for both fields before sending', async () => {
    const { calls } = fakeApi(() => ({ status: 200, body: {} }));
    renderWithProviders(<LoginForm onSignedIn={() => {}} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your username or email.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('tells a locked-out user when to try again', async () => {
    fakeApi(() => ({
      status: 429,
      body: { error: true, message: 'account is temporarily locked due to too many failed login attempts' },
      headers: { 'Retry-After': '840' },
    }));
    renderWithProviders(<LoginForm onSignedIn={() => {}} />);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Username or email'), 'alice');
    await u.type(screen.getByLabelText('Password'), 'wrong-password');
    await u.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 14 minutes.');
  });
});
