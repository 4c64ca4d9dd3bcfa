import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders, type Call, type Reply } from '../../../../tests/support/render';
import { getSession, setSession } from '../../../lib/session';
import { LoginForm } from './LoginForm';

const user = { id: 'u1', username: 'alice', email: 'alice@example.com', mfa_enabled: true };
const signedIn = { user, token: 'access-1', refresh_token: 'refresh-1' };

beforeEach(() => setSession(null));

/** A service where alice has two-factor sign-in on; `second` answers the code step. */
function mfaServer(second: (call: Call) => Reply) {
  return fakeApi((call) => {
    if (call.path === '/api/auth/login') {
      return (call.body as { password: string }).password === 'right password'
        ? { status: 200, body: { mfa_required: true, mfa_token: 'ticket-1' } }
        : { status: 401, body: { error: true, message: 'invalid username or password' } };
    }
    if (call.path === '/api/auth/login/mfa') return second(call);
    return { status: 404 };
  });
}

async function passPasswordStep() {
  const u = userEvent.setup();
  await u.type(screen.getByLabelText('Username or email'), 'alice');
  await u.type(screen.getByLabelText('Password'), 'right password');
  await u.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { name: 'Two-factor sign-in' });
  return u;
}

describe('the second step of signing in', () => {
  it('asks for a code after the password, without signing in yet', async () => {
    mfaServer(() => ({ status: 500 }));
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);
    await passPasswordStep();
    expect(screen.getByLabelText('Authentication code')).toHaveFocus();
    expect(getSession()).toBeNull();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('checks the code is six digits before sending it', async () => {
    const { calls } = mfaServer(() => ({ status: 200, body: signedIn }));
    renderWithProviders(<LoginForm onSignedIn={() => {}} />);
    const u = await passPasswordStep();
    await u.type(screen.getByLabelText('Authentication code'), '12345');
    await u.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    expect(screen.getByText('The code is 6 digits, like 123456.')).toBeInTheDocument();
    expect(calls.filter((c) => c.path === '/api/auth/login/mfa')).toHaveLength(0);
  });

  it('signs in with the ticket and the code the app shows', async () => {
    const { calls } = mfaServer(() => ({ status: 200, body: signedIn }));
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);
    const u = await passPasswordStep();
    await u.type(screen.getByLabelText('Authentication code'), '123 456');
    await u.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(calls.at(-1)).toMatchObject({ method: 'POST', path: '/api/auth/login/mfa', body: { mfa_token: 'ticket-1', code: '123456' }, authorization: null });
    expect(getSession()?.token).toBe('access-1');
  });

  it('signs in with a recovery code instead', async () => {
    const { calls } = mfaServer(() => ({ status: 200, body: signedIn }));
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);
    const u = await passPasswordStep();
    await u.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    await u.type(screen.getByLabelText('Recovery code'), ' abcd-efgh ');
    await u.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(calls.at(-1)?.body).toEqual({ mfa_token: 'ticket-1', recovery_code: 'abcd-efgh' });
  });

  it('says a wrong code is wrong and lets the user try again', async () => {
    mfaServer(() => ({ status: 401, body: { error: true, message: 'invalid two-factor code' } }));
    renderWithProviders(<LoginForm onSignedIn={() => {}} />);
    const u = await passPasswordStep();
    await u.type(screen.getByLabelText('Authentication code'), '000000');
    await u.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not valid. Enter the 6-digit code your authenticator app shows now.');
    expect(screen.getByLabelText('Authentication code')).toBeInTheDocument();
    expect(getSession()).toBeNull();
  });

  it('says a refused recovery code is a refused recovery code', async () => {
    mfaServer(() => ({ status: 401, body: { error: true, message: 'invalid two-factor code' } }));
    renderWithProviders(<LoginForm onSignedIn={() => {}} />);
    const u = await passPasswordStep();
    await u.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    await u.type(screen.getByLabelText('Recovery code'), 'used-one');
    await u.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That recovery code is not valid or was already used. Each recovery code works once.');
  });

  it('goes back to the password when the ticket expired or was used', async () => {
    mfaServer(() => ({ status: 401, body: { error: true, message: 'invalid or expired mfa_token' } }));
    renderWithProviders(<LoginForm onSignedIn={() => {}} />);
    const u = await passPasswordStep();
    await u.type(screen.getByLabelText('Authentication code'), '123456');
    await u.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    expect(await screen.findByRole('status')).toHaveTextContent('This sign-in took too long or was already used. Enter your password again.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('lets the user start over', async () => {
    mfaServer(() => ({ status: 500 }));
    renderWithProviders(<LoginForm onSignedIn={() => {}} />);
    const u = await passPasswordStep();
    await u.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByLabelText('Username or email')).toHaveValue('');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('signs in at once when two-factor sign-in is off', async () => {
    fakeApi(() => ({ status: 200, body: { ...signedIn, user: { ...user, mfa_enabled: false } } }));
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Username or email'), 'alice');
    await u.type(screen.getByLabelText('Password'), 'whatever password');
    await u.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(screen.queryByRole('heading', { name: 'Two-factor sign-in' })).toBeNull();
  });
});
