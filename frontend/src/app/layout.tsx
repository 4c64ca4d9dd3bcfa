import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router-dom';
import { Button } from '../components/ui';
import { useLogout } from '../features/auth/api/logout';
import { useMyInvitations } from '../features/invitations/api/my-invitations';
import { useSession } from '../lib/use-session';

function InvitationsBadge() {
  const invitations = useMyInvitations();
  const count = invitations.data?.length ?? 0;
  if (count === 0) return null;
  return (
    <span className="badge badge-count" aria-label={`${count} pending`}>
      {count}
    </span>
  );
}

/** The signed-in frame: skip link, navigation, sign-out, and the page. */
export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const logout = useLogout();
  const queryClient = useQueryClient();

  useEffect(() => {
    // Signed out (here, in another tab, or because the session ended): forget cached data.
    if (!session) queryClient.clear();
  }, [session, queryClient]);

  // After a client-side navigation, move focus to the new page so screen readers and keyboard
  // users start there (not on the first load: the skip link comes first then).
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    if (location.pathname !== firstPath.current) {
      firstPath.current = '';
      document.getElementById('main')?.focus();
    }
  }, [location.pathname]);

  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand" aria-label="SQL Studio, dashboard">
          SQL Studio
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                Dashboard
              </NavLink>
            </li>
            <li>
              <NavLink to="/conflicts">Conflicts</NavLink>
            </li>
            <li>
              <NavLink to="/organizations">Organizations</NavLink>
            </li>
            <li>
              <NavLink to="/invitations">
                Invitations <InvitationsBadge />
              </NavLink>
            </li>
            <li>
              <NavLink to="/account">Account</NavLink>
            </li>
          </ul>
        </nav>
        <div className="user-menu">
          <span className="user-name" data-testid="signed-in-user">
            {session.user.username}
          </span>
          <Button variant="secondary" busy={logout.isPending} onClick={() => logout.mutate()}>
            Sign out
          </Button>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
