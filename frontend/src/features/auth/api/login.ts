import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionFromAuth, setSession, type AuthResponse } from '../../../lib/session';

export interface LoginInput {
  /** Username or e-mail address: the API accepts either in `username`. */
  username: string;
  password: string;
}

/** `POST /api/auth/login` → 200 with the user and a token pair; 401 on wrong credentials, 429 when locked out. */
export function login(input: LoginInput): Promise<AuthResponse> {
  return api<AuthResponse>('/api/auth/login', { method: 'POST', body: input, auth: false });
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => setSession(sessionFromAuth(response)),
  });
}
