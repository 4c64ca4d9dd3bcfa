import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OrgInvitation, Role } from './types';

const invitationsKey = (orgId: string) => ['organizations', orgId, 'invitations'] as const;

/** `GET /api/organizations/{id}/invitations` (owners and admins). */
export async function fetchOrgInvitations(orgId: string): Promise<OrgInvitation[]> {
  const reply = await api<{ invitations: OrgInvitation[] | null }>(`/api/organizations/${encodeURIComponent(orgId)}/invitations`);
  return reply.invitations ?? [];
}

/** Still waiting for an answer: not accepted, declined, revoked, nor expired. */
export function isPending(invitation: OrgInvitation, now: number = Date.now()): boolean {
  if (invitation.status !== undefined) return invitation.status === 'pending' && !isExpired(invitation, now);
  return !invitation.accepted_at && !isExpired(invitation, now);
}

function isExpired(invitation: OrgInvitation, now: number): boolean {
  return invitation.expires_at !== undefined && Date.parse(invitation.expires_at) <= now;
}

export function useOrgInvitations(orgId: string, enabled: boolean) {
  return useQuery({ queryKey: invitationsKey(orgId), queryFn: () => fetchOrgInvitations(orgId), enabled });
}

export interface InviteInput {
  orgId: string;
  email: string;
  role: Role;
}

/** `POST /api/organizations/{id}/invitations` `{email, role}` → 201. */
export function invite({ orgId, email, role }: InviteInput): Promise<OrgInvitation> {
  return api<OrgInvitation>(`/api/organizations/${encodeURIComponent(orgId)}/invitations`, {
    method: 'POST',
    body: { email, role },
  });
}

export function useInvite(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: invite,
    // The org's invitations and its audit log both changed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organizations', orgId] }),
  });
}

/** `DELETE /api/organizations/{id}/invitations/{invitationId}`. */
export function revokeInvitation({ orgId, invitationId }: { orgId: string; invitationId: string }): Promise<unknown> {
  return api(`/api/organizations/${encodeURIComponent(orgId)}/invitations/${encodeURIComponent(invitationId)}`, {
    method: 'DELETE',
  });
}

export function useRevokeInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organizations', orgId] }),
  });
}
