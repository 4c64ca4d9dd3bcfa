import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Organization } from './types';

/** `GET /api/organizations` → the caller's organizations, newest first. */
export async function fetchOrganizations(): Promise<Organization[]> {
  const reply = await api<{ organizations: Organization[] | null }>('/api/organizations');
  return reply.organizations ?? [];
}

export function useOrganizations() {
  return useQuery({ queryKey: ['organizations'], queryFn: fetchOrganizations });
}

/** `GET /api/organizations/{id}`. */
export function fetchOrganization(id: string): Promise<Organization> {
  return api<Organization>(`/api/organizations/${encodeURIComponent(id)}`);
}

export function useOrganization(id: string) {
  return useQuery({ queryKey: ['organizations', id], queryFn: () => fetchOrganization(id) });
}

export interface CreateOrganizationInput {
  name: string;
  description: string;
}

/** `POST /api/organizations` → 201; the caller becomes its owner. */
export function createOrganization(input: CreateOrganizationInput): Promise<Organization> {
  return api<Organization>('/api/organizations', { method: 'POST', body: input });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organizations'] }),
  });
}

/** `DELETE /api/organizations/{id}`: owners only, and only while they are its sole member. */
export function deleteOrganization(id: string): Promise<unknown> {
  return api(`/api/organizations/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organizations'] }),
  });
}
