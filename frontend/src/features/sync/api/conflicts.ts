import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Conflict } from './types';

export const conflictsKey = ['sync', 'conflicts'] as const;

/** `GET /api/sync/conflicts` → the caller's unresolved conflicts. */
export async function fetchConflicts(): Promise<Conflict[]> {
  const reply = await api<{ conflicts: Conflict[] | null } | Conflict[]>('/api/sync/conflicts');
  const list = Array.isArray(reply) ? reply : (reply.conflicts ?? []);
  return list.filter((c) => !c.resolved_at);
}

export function useConflicts() {
  return useQuery({ queryKey: conflictsKey, queryFn: fetchConflicts });
}

/** The three choices a user has: keep this device's write, keep the server's, or keep both copies. */
export type Resolution = 'keep_mine' | 'keep_theirs' | 'keep_both';

export function resolutionBody(resolution: Resolution): { strategy: string; chosen_version?: 'local' | 'remote' } {
  switch (resolution) {
    case 'keep_mine':
      return { strategy: 'user_choice', chosen_version: 'local' };
    case 'keep_theirs':
      return { strategy: 'user_choice', chosen_version: 'remote' };
    case 'keep_both':
      return { strategy: 'keep_both' };
  }
}

/** `POST /api/sync/conflicts/{id}/resolve`. */
export function resolveConflict({ id, resolution }: { id: string; resolution: Resolution }): Promise<unknown> {
  return api(`/api/sync/conflicts/${encodeURIComponent(id)}/resolve`, { method: 'POST', body: resolutionBody(resolution) });
}

export function useResolveConflict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveConflict,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sync'] }),
  });
}
