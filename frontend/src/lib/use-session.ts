import { useSyncExternalStore } from 'react';
import { getSession, subscribe, type Session } from './session';

/** The current session, re-rendering on sign-in, refresh and sign-out (in any tab). */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}
