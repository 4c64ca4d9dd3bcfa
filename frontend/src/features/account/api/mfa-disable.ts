import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { PROFILE_KEY } from './profile';

export interface DisableMfaInput {
  password: string;
  code: string;
}

/** `POST /api/auth/mfa/disable` `{password, code}`: both, so a borrowed unlocked session alone cannot. */
export function disableMfa(input: DisableMfaInput): Promise<unknown> {
  return api('/api/auth/mfa/disable', { method: 'POST', body: input });
}

export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableMfa,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROFILE_KEY }),
  });
}
