import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { captureDownloads } from '../../../../tests/support/downloads';
import { fakeApi, renderWithProviders } from '../../../../tests/support/render';
import { setSession, type User } from '../../../lib/session';
import { AccountPage } from './AccountPage';
import { TwoFactorCard } from './TwoFactorCard';

const alice: User = { id: 'u1', username: 'alice', email: 'alice@example.com', mfa_enabled: false };
const SECRET = 'JBSWY3DPEHPK3PXP';
const CODES = Array.from({ length: 10 }, (_, i) => `code-${String(i).padStart(2, '0')}-xyz`);

beforeEach(() => setSession({ token: 't', refresh_token: 'r', user: alice }));

/** A service whose `mfa_enabled` follows setup/enable/disable; `200000` is the one right code. */
function accountServer(enabledAtFirst = false) {
  let enabled = enabledAtFirst;
  return fakeApi((call) => {
    switch (call.path) {
      case '/api/auth/me':
        return { status: 200, body: { ...alice, mfa_enabled: enabled } };
      case '/api/auth/mfa/setup':
        return { status: 200, body: { secret: SECRET, otpauth_url: `otpauth://totp/SQL%20Studio:alice?secret=${SECRET}&issuer=SQL%20Studio` } };
      case '/api/auth/mfa/enable':
        if ((call.body as { code: string }).code !== '200000') return { status: 400, body: { error: true, message: 'invalid code' } };
        enabled = true;
        return { status: 200, body: { recovery_codes: CODES } };
      case '/api/auth/mfa/disable': {
        const body = call.body as { password: string; code: string };
        if (body.password !== 'my password') return { status: 401, body: { error: true, message: 'password is incorrect' } };
        if (body.code !== '300000') return { status: 401, body: { error: true, message: 'invalid two-factor code' } };
        enabled = false;
        return { status: 200, body: { success: true } };
      }
      default:
        return { status: 200, body: {} };
    }
  });
}

describe('two-factor sign-in on the account page', () => {
  it('shows a QR code of the otpauth URL and the key as text, changing nothing until confirmed', async () => {
    const { calls } = accountServer();
    renderWithProviders(<TwoFactorCard user={alice} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    const qr = await screen.findByRole('img', { name: 'QR code for your authenticator app' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    // A drawn code: many dark modules in one path, not an empty box.
    expect(qr.querySelectorAll('path')[1]?.getAttribute('d')?.length).toBeGreaterThan(200);
    expect(screen.getByTestId('mfa-secret')).toHaveTextContent(SECRET);
    expect(calls.map((c) => c.path)).toEqual(['/api/auth/mfa/setup']);
  });

  it('refuses a malformed code before sending, and a wrong one in words', async () => {
    const { calls } = accountServer();
    renderWithProviders(<TwoFactorCard user={alice} />);
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    await u.type(await screen.findByLabelText('Code from the app'), 'abc');
    await u.click(screen.getByRole('button', { name: 'Confirm and turn on' }));
    expect(screen.getByText('The code is 6 digits, like 123456.')).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/auth/mfa/enable')).toBe(false);

    await u.clear(screen.getByLabelText('Code from the app'));
    await u.type(screen.getByLabelText('Code from the app'), '111111');
    await u.click(screen.getByRole('button', { name: 'Confirm and turn on' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not valid.');
    // Still on the setup: the QR code stays for another try.
    expect(screen.getByRole('img', { name: 'QR code for your authenticator app' })).toBeInTheDocument();
  });

  it('shows the ten recovery codes once, as a download too, then the turned-on state', async () => {
    accountServer();
    const downloads = captureDownloads();
    renderWithProviders(<AccountPage />);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Turn on two-factor sign-in' }));
    await u.type(await screen.findByLabelText('Code from the app'), '200 000');
    await u.click(screen.getByRole('button', { name: 'Confirm and turn on' }));

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(CODES);
    expect(screen.getByText(/shown only this once/)).toBeInTheDocument();

    await u.click(screen.getByRole('button', { name: 'Download recovery codes' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.filename).toBe('sql-studio-recovery-codes.txt');
    const text = await downloads[0]!.blob.text();
    for (const code of CODES) expect(text).toContain(`\n${code}\n`);
    expect(text).toContain('alice');

    await u.click(screen.getByRole('button', { name: 'I have saved my recovery codes' }));
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).toBeNull();
    expect(screen.queryByText(CODES[0]!)).toBeNull();
    await waitFor(() => expect(screen.getByTestId('mfa-status')).toHaveTextContent('on'));
    // Deleting the account now asks for a code as well.
    expect(screen.getByLabelText('Code from your authenticator app')).toBeInTheDocument();
  });

  it('turns it off with the password and a current code', async () => {
    const { calls } = accountServer(true);
    const on = { ...alice, mfa_enabled: true };
    setSession({ token: 't', refresh_token: 'r', user: on });
    renderWithProviders(<AccountPage />);
    const u = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Turn off two-factor sign-in' });
    // Both are required.
    await u.click(within(form).getByRole('button', { name: 'Turn off two-factor sign-in' }));
    expect(within(form).getByText('Enter your password.')).toBeInTheDocument();
    expect(within(form).getByText('Enter the 6-digit code from your authenticator app.')).toBeInTheDocument();

    await u.type(within(form).getByLabelText('Password'), 'my password');
    await u.type(within(form).getByLabelText('Code from the app'), '999999');
    await u.click(within(form).getByRole('button', { name: 'Turn off two-factor sign-in' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('That code is not valid.');

    await u.clear(within(form).getByLabelText('Code from the app'));
    await u.type(within(form).getByLabelText('Code from the app'), '300000');
    await u.click(within(form).getByRole('button', { name: 'Turn off two-factor sign-in' }));
    expect(await screen.findByText('Two-factor sign-in is off. Signing in asks for your password only.')).toBeInTheDocument();
    expect(screen.getByTestId('mfa-status')).toHaveTextContent('off');
    expect(calls.filter((c) => c.path === '/api/auth/mfa/disable').at(-1)?.body).toEqual({ password: 'my password', code: '300000' });
    // Still signed in.
    expect(screen.getByRole('button', { name: 'Turn on two-factor sign-in' })).toBeInTheDocument();
  });
});
