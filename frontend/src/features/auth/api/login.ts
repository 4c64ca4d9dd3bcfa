import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionFromAuth, setSession, type AuthResponse } from '../../../lib/session';

export interface LoginInput {
  /** Username or e-mail address: the API accepts either in `username`. */
  username: string;
  password: string;
}

/** The password was right and two-factor sign-in is on: the code comes next, with this ticket. */
export interface MfaChallenge {
  mfa_required: true;
  /** Single-use and short-lived; it is not a session token. */
  mfa_token: string;
}

export type LoginResponse = AuthResponse | MfaChallenge;

export function isMfaChallenge(response: LoginResponse): response is MfaChallenge {
  return (response as Partial<MfaChallenge>).mfa_required === true && typeof (response as Partial<MfaChallenge>).mfa_token === 'string';
}

/**
 * `POST /api/auth/login` → 200 with the user and a token pair, or, when two-factor sign-in is on,
 * 200 `{mfa_required, mfa_token}` and no token; 401 on wrong credentials, 429 when locked out.
 */
export function login(input: LoginInput): Promise<LoginResponse> {
  return api<LoginResponse>('/api/auth/login', { method: 'POST', body: input, auth: false });
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      if (!isMfaChallenge(response)) setSession(sessionFromAuth(response));
    },
  });
}
