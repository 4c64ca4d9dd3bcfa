import { createBrowserRouter, Link } from 'react-router-dom';
import { AccountPage } from '../features/account/components/AccountPage';
import { LoginPage, SignupPage } from '../features/auth/components/AuthPages';
import { InvitationsPage } from '../features/invitations/components/InvitationsPage';
import { OrganizationPage } from '../features/organizations/components/OrganizationPage';
import { OrganizationsPage } from '../features/organizations/components/OrganizationsPage';
import { ConflictsPage } from '../features/sync/components/ConflictsPage';
import { DashboardPage } from '../features/sync/components/DashboardPage';
import { useDocumentTitle } from '../lib/use-document-title';
import { AppLayout } from './layout';

function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <main id="main" className="auth-layout">
      <div className="auth-card">
        <h1>Page not found</h1>
        <p>There is nothing at this address.</p>
        <p>
          <Link to="/">Go to the dashboard</Link>
        </p>
      </div>
    </main>
  );
}

export const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/signup', element: <SignupPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'conflicts', element: <ConflictsPage /> },
      { path: 'organizations', element: <OrganizationsPage /> },
      { path: 'organizations/:orgId', element: <OrganizationPage /> },
      { path: 'invitations', element: <InvitationsPage /> },
      // The link in the invitation e-mail.
      { path: 'invitations/accept', element: <InvitationsPage /> },
      { path: 'account', element: <AccountPage /> },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
