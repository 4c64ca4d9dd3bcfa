/**
 * Hands a file to the browser's download manager: a temporary object URL clicked through a
 * `download` link (no server round trip, nothing the CSP forbids), released once the click is done.
 */
export function saveFile(content: Blob | string, filename: string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the click; the URL is only needed for that.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
