import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface MyInvitation {
  id: string;
  organization_id: string;
  email: string;
  role: string;
  invited_by?: string;
  expires_at?: string;
  created_at?: string;
  organization?: { id: string; name: string; description?: string };
}

export const myInvitationsKey = ['invitations', 'mine'] as const;

/** `GET /api/invitations` → the signed-in user's own pending invitations. */
export async function fetchMyInvitations(): Promise<MyInvitation[]> {
  const reply = await api<{ invitations: MyInvitation[] | null }>('/api/invitations');
  return reply.invitations ?? [];
}

export function useMyInvitations() {
  return useQuery({ queryKey: myInvitationsKey, queryFn: fetchMyInvitations });
}

/** `POST /api/invitations/{id}/accept` or `/decline`. */
export function answerInvitation({ id, answer }: { id: string; answer: 'accept' | 'decline' }): Promise<unknown> {
  return api(`/api/invitations/${encodeURIComponent(id)}/${answer}`, { method: 'POST' });
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerInvitation,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['invitations'] });
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}
