import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { refreshSession } from '../lib/api-client';
import { ApiError } from '../lib/errors';
import { useSession } from '../lib/use-session';

/** Retries only what may succeed next time: no answer, or a server error; never a 4xx. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 15_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}

/** Refreshes a minute before the access token expires, so an open console never meets a 401. */
const REFRESH_MARGIN_MS = 60_000;

function SessionKeeper() {
  const session = useSession();
  const expiresAt = session?.expires_at;
  useEffect(() => {
    if (!expiresAt) return;
    const due = Date.parse(expiresAt) - REFRESH_MARGIN_MS - Date.now();
    if (Number.isNaN(due)) return;
    // setTimeout holds at most ~24.8 days; tokens live 24 h.
    const timer = window.setTimeout(() => {
      refreshSession().catch(() => {
        // Offline or server trouble: the next request's 401 will retry the refresh.
      });
    }, Math.min(Math.max(due, 0), 2 ** 31 - 1));
    return () => window.clearTimeout(timer);
  }, [expiresAt]);
  return null;
}

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <SessionKeeper />
      {children}
    </QueryClientProvider>
  );
}
