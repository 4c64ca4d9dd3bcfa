import { vi } from 'vitest';

export interface CapturedDownload {
  filename: string;
  blob: Blob;
}

/**
 * Records the files the page hands to the browser (an object URL clicked through a `download`
 * link): jsdom has neither object URLs nor a download manager.
 */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:http://console.test/${++next}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: (url: string) => blobs.delete(url),
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) downloads.push({ filename: this.download, blob });
  });
  return downloads;
}
