/** Item kinds of the sync API (`item_type`). */
export type ItemType = 'connection' | 'saved_query' | 'query_history';

/** A database connection as synced by the desktop app. Passwords and SSH keys never reach the server. */
export interface Connection {
  id: string;
  name: string;
  type: string;
  host?: string;
  port?: number;
  database?: string;
  database_name?: string;
  username?: string;
  created_at?: string;
  updated_at?: string;
  sync_version: number;
  organization_id?: string | null;
  visibility?: string;
}

export interface SavedQuery {
  id: string;
  name?: string;
  title?: string;
  description?: string;
  query: string;
  connection_id?: string;
  tags?: string[];
  folder?: string;
  created_at?: string;
  updated_at?: string;
  sync_version: number;
  organization_id?: string | null;
  visibility?: string;
}

export interface HistoryEntry {
  id: string;
  query?: string;
  query_sanitized?: string;
  connection_id?: string;
  executed_at?: string;
  duration_ms?: number;
  rows_affected?: number;
  success?: boolean;
  error?: string;
  sync_version?: number;
}

/** A tombstone in the download's `deleted` list. */
export interface Tombstone {
  item_type?: ItemType;
  item_id?: string;
  id?: string;
  deleted_at?: string;
}

export interface DownloadPage {
  connections: Connection[] | null;
  saved_queries: SavedQuery[] | null;
  query_history: HistoryEntry[] | null;
  deleted?: Tombstone[] | null;
  sync_timestamp?: string;
  has_more?: boolean;
  next_cursor?: string | null;
}

export interface SyncChange {
  id: string;
  item_type: ItemType;
  item_id: string;
  action: 'create' | 'update' | 'delete';
  data: Record<string, unknown>;
  updated_at: string;
  sync_version: number;
  device_id: string;
}

export interface UploadResponse {
  success: boolean;
  synced_at?: string;
  conflicts?: unknown[] | null;
  rejected?: { change?: Partial<SyncChange>; reason?: string }[] | null;
  message?: string;
}

export interface ConflictVersion {
  data: Record<string, unknown> | null;
  deleted?: boolean;
  updated_at?: string;
  sync_version?: number;
  device_id?: string;
}

export interface Conflict {
  id: string;
  item_type: ItemType;
  item_id: string;
  local_version: ConflictVersion;
  remote_version: ConflictVersion;
  /** Which version the server applied when it detected the conflict (last write wins). */
  winner?: 'local' | 'remote';
  detected_at?: string;
  resolved_at?: string | null;
  resolution?: string | null;
}
