/**
 * A one-time notice for the next screen ("Your account was deleted."), for moments when the
 * current screen is about to disappear: ending the session sends the user to sign-in on its own,
 * so the notice cannot travel in navigation state. Kept in sessionStorage so it survives that
 * redirect and nothing else.
 */
const KEY = 'howler.flash';

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function setFlash(message: string): void {
  storage()?.setItem(KEY, message);
}

/** The pending notice, without consuming it (render may run twice). */
export function peekFlash(): string | null {
  return storage()?.getItem(KEY) ?? null;
}

export function clearFlash(): void {
  storage()?.removeItem(KEY);
}
