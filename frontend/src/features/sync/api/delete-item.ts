import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ApiError } from '../../../lib/errors';
import { deviceId, randomId } from './device';
import { syncedDataKey, type SyncedData } from './download';
import type { ItemType, SyncChange, UploadResponse } from './types';

export interface DeleteInput {
  itemType: ItemType;
  itemId: string;
  syncVersion: number;
}

/**
 * Deletes a synced item by uploading a `delete` change: the server keeps a tombstone that the
 * desktop apps download, so the item disappears everywhere.
 */
export async function deleteItem({ itemType, itemId, syncVersion }: DeleteInput): Promise<UploadResponse> {
  const device = deviceId();
  const change: SyncChange = {
    id: randomId(),
    item_type: itemType,
    item_id: itemId,
    action: 'delete',
    data: { id: itemId },
    updated_at: new Date().toISOString(),
    sync_version: syncVersion,
    device_id: device,
  };
  const reply = await api<UploadResponse>('/api/sync/upload', {
    method: 'POST',
    body: { device_id: device, changes: [change] },
  });
  const rejected = reply.rejected ?? [];
  if (rejected.length > 0) {
    throw new ApiError(409, `The item could not be deleted: ${rejected[0]?.reason ?? 'the server refused the change'}.`);
  }
  return reply;
}

export function useDeleteItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteItem,
    onSuccess: (_reply, input) => {
      // Drop it at once; the refetch confirms.
      queryClient.setQueryData<SyncedData>(syncedDataKey, (data) =>
        data && {
          connections: data.connections.filter((c) => c.id !== input.itemId),
          savedQueries: data.savedQueries.filter((q) => q.id !== input.itemId),
          history: data.history.filter((h) => h.id !== input.itemId),
        },
      );
      void queryClient.invalidateQueries({ queryKey: ['sync'] });
    },
  });
}
