import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { setSession } from '../../../lib/session';

/** `POST /api/auth/logout`: the access token and its refresh token stop working at once. */
export function logout(): Promise<unknown> {
  return api('/api/auth/logout', { method: 'POST' });
}

/** Signs out: tells the server, then forgets the session and every cached reply whatever it answered. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => logout().catch(() => undefined),
    onSettled: () => {
      setSession(null);
      queryClient.clear();
    },
  });
}
