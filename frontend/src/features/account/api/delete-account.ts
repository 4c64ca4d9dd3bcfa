import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { setFlash } from '../../../lib/flash';
import { setSession } from '../../../lib/session';

export interface DeleteAccountInput {
  password: string;
  /** Required when two-factor sign-in is on. */
  code?: string;
}

/**
 * `DELETE /api/account` `{password, code?}` → 200; every session ends at once. 409 (naming the
 * organization) for the sole owner of an organization that still has other members.
 */
export function deleteAccount(input: DeleteAccountInput): Promise<unknown> {
  return api('/api/account', { method: 'DELETE', body: input });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => {
      // The server already ended every session; forget this one and everything cached. Sign-in,
      // where the signed-out layout sends the user, says what happened.
      setFlash('Your account and everything stored with it were deleted.');
      setSession(null);
      queryClient.clear();
    },
  });
}
