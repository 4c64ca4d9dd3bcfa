import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionFromAuth, setSession, type AuthResponse } from '../../../lib/session';

export interface SignupInput {
  username: string;
  email: string;
  password: string;
}

/** `POST /api/auth/signup` → 201 with the user and a first token pair. */
export function signup(input: SignupInput): Promise<AuthResponse> {
  return api<AuthResponse>('/api/auth/signup', { method: 'POST', body: input, auth: false });
}

export function useSignup() {
  return useMutation({
    mutationFn: signup,
    onSuccess: (response) => setSession(sessionFromAuth(response)),
  });
}
