import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** A new TOTP secret (RFC 6238: SHA-1, 6 digits, 30 s) for an authenticator app. */
export interface MfaSetup {
  /** Base32, for typing into the app when the QR code cannot be scanned. */
  secret: string;
  /** `otpauth://totp/…`, what the QR code carries. */
  otpauth_url: string;
}

/** `POST /api/auth/mfa/setup`: nothing changes on the account until a code confirms it (enable). */
export function startMfaSetup(): Promise<MfaSetup> {
  return api<MfaSetup>('/api/auth/mfa/setup', { method: 'POST' });
}

export function useMfaSetup() {
  return useMutation({ mutationFn: startMfaSetup });
}
