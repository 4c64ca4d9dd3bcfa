import { useMutation } from '@tanstack/react-query';
import { apiFile } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';

/** The name when the server sends none. */
export const EXPORT_FALLBACK_NAME = 'sql-studio-my-data.json';

/** `GET /api/account/export`: everything held about the caller, as one JSON attachment. */
export function exportMyData() {
  return apiFile('/api/account/export', EXPORT_FALLBACK_NAME);
}

/** Downloads the export and hands it to the browser as a file. */
export function useExportMyData() {
  return useMutation({
    mutationFn: exportMyData,
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
