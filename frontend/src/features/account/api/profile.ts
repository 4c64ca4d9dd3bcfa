import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { updateUser, type User } from '../../../lib/session';

export const PROFILE_KEY = ['account', 'profile'] as const;

/** `GET /api/auth/me`: the signed-in user, with `mfa_enabled`. */
export async function fetchProfile(): Promise<User> {
  const user = await api<User>('/api/auth/me');
  updateUser(user);
  return user;
}

/** The profile, fresh each visit so the page shows what the server has. */
export function useProfile() {
  return useQuery({ queryKey: PROFILE_KEY, queryFn: fetchProfile });
}
