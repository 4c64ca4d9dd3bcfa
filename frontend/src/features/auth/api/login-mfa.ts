import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionFromAuth, setSession, type AuthResponse } from '../../../lib/session';

/** The second step of a two-factor sign-in: the ticket and either a current code or a recovery code. */
export type LoginMfaInput = { mfa_token: string; code: string } | { mfa_token: string; recovery_code: string };

/**
 * `POST /api/auth/login/mfa` → 200 with the usual token pair; 401 for a wrong, replayed or used-up
 * code or an expired ticket (each failure counts toward the login lockout, then 429).
 */
export function loginMfa(input: LoginMfaInput): Promise<AuthResponse> {
  return api<AuthResponse>('/api/auth/login/mfa', { method: 'POST', body: input, auth: false });
}

export function useLoginMfa() {
  return useMutation({
    mutationFn: loginMfa,
    onSuccess: (response) => setSession(sessionFromAuth(response)),
  });
}
