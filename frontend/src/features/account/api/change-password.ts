import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface ChangePasswordInput {
  current_password: string;
  new_password: string;
}

/** `POST /api/auth/password`: changes the password and signs out every other session. */
export function changePassword(input: ChangePasswordInput): Promise<unknown> {
  return api('/api/auth/password', { method: 'POST', body: input });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
