import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { deviceId } from './device';
import type { Connection, DownloadPage, HistoryEntry, SavedQuery } from './types';

export interface SyncedData {
  connections: Connection[];
  savedQueries: SavedQuery[];
  history: HistoryEntry[];
}

const PAGE_SIZE = 500;
/** A safety stop: 40 pages of 500 is more than any account the desktop app syncs. */
const MAX_PAGES = 40;

/**
 * Downloads everything synced to the account, following the server cursor, and drops the
 * tombstoned items (a delete made on another device).
 */
export async function downloadAll(signal?: AbortSignal): Promise<SyncedData> {
  const connections = new Map<string, Connection>();
  const savedQueries = new Map<string, SavedQuery>();
  const history = new Map<string, HistoryEntry>();
  const deleted = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const reply = await api<DownloadPage>('/api/sync/download', {
      query: { device_id: deviceId(), limit: PAGE_SIZE, cursor },
      signal,
    });
    for (const c of reply.connections ?? []) connections.set(c.id, c);
    for (const q of reply.saved_queries ?? []) savedQueries.set(q.id, q);
    for (const h of reply.query_history ?? []) history.set(h.id, h);
    for (const t of reply.deleted ?? []) {
      const id = t.item_id ?? t.id;
      if (id) deleted.add(id);
    }
    if (!reply.has_more || !reply.next_cursor || reply.next_cursor === cursor) break;
    cursor = reply.next_cursor;
  }
  const alive = <T extends { id: string }>(items: Map<string, T>) => [...items.values()].filter((i) => !deleted.has(i.id));
  const byTimeDesc = (a?: string, b?: string) => (b ?? '').localeCompare(a ?? '');
  return {
    connections: alive(connections).sort((a, b) => a.name.localeCompare(b.name)),
    savedQueries: alive(savedQueries).sort((a, b) => byTimeDesc(a.updated_at, b.updated_at)),
    history: alive(history).sort((a, b) => byTimeDesc(a.executed_at, b.executed_at)),
  };
}

export const syncedDataKey = ['sync', 'data'] as const;

export function useSyncedData() {
  return useQuery({ queryKey: syncedDataKey, queryFn: ({ signal }) => downloadAll(signal) });
}
