import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AuditLog } from './types';

export const AUDIT_PAGE_SIZE = 20;

export interface AuditPage {
  logs: AuditLog[];
  count?: number;
  limit?: number;
  offset?: number;
}

/** `GET /api/organizations/{id}/audit-logs?limit=&offset=`, newest first (owners and admins). */
export async function fetchAuditLogs(orgId: string, offset: number): Promise<AuditPage> {
  const reply = await api<AuditPage>(`/api/organizations/${encodeURIComponent(orgId)}/audit-logs`, {
    query: { limit: AUDIT_PAGE_SIZE, offset },
  });
  return { ...reply, logs: reply.logs ?? [] };
}

export function useAuditLogs(orgId: string, offset: number, enabled: boolean) {
  return useQuery({
    queryKey: ['organizations', orgId, 'audit', offset],
    queryFn: () => fetchAuditLogs(orgId, offset),
    enabled,
    placeholderData: keepPreviousData,
  });
}
