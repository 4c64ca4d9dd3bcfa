import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Member, Role } from './types';

const membersKey = (orgId: string) => ['organizations', orgId, 'members'] as const;

/** `GET /api/organizations/{id}/members`, by join date. */
export async function fetchMembers(orgId: string): Promise<Member[]> {
  const reply = await api<{ members: Member[] | null }>(`/api/organizations/${encodeURIComponent(orgId)}/members`);
  return reply.members ?? [];
}

export function useMembers(orgId: string) {
  return useQuery({ queryKey: membersKey(orgId), queryFn: () => fetchMembers(orgId) });
}

/** `PUT /api/organizations/{id}/members/{userId}` `{role}`. */
export function changeRole({ orgId, userId, role }: { orgId: string; userId: string; role: Role }): Promise<unknown> {
  return api(`/api/organizations/${encodeURIComponent(orgId)}/members/${encodeURIComponent(userId)}`, {
    method: 'PUT',
    body: { role },
  });
}

/** `DELETE /api/organizations/{id}/members/{userId}`. */
export function removeMember({ orgId, userId }: { orgId: string; userId: string }): Promise<unknown> {
  return api(`/api/organizations/${encodeURIComponent(orgId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}

export function useChangeRole(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeRole,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organizations', orgId] }),
  });
}

export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organizations', orgId] }),
  });
}
