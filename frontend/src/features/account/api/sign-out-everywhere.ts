import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { setSession } from '../../../lib/session';

/**
 * Ends every session of the account, this one included (`POST /api/auth/logout` with
 * `{"all": true}`).
 */
export function signOutEverywhere(): Promise<unknown> {
  return api('/api/auth/logout', { method: 'POST', body: { all: true } });
}

export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: () => {
      setSession(null);
      queryClient.clear();
    },
  });
}
