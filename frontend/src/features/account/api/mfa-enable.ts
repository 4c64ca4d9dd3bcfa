import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { PROFILE_KEY } from './profile';

export interface MfaEnabled {
  /** Ten single-use codes; the API never shows them again. */
  recovery_codes: string[];
}

/** `POST /api/auth/mfa/enable` `{code}` → 200 with the recovery codes; a wrong code is 400. */
export function enableMfa(code: string): Promise<MfaEnabled> {
  return api<MfaEnabled>('/api/auth/mfa/enable', { method: 'POST', body: { code } });
}

export function useEnableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableMfa,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROFILE_KEY }),
  });
}
