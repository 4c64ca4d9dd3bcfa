import { Link, useNavigate } from 'react-router-dom';
import { Alert, Card, EmptyState, Loading, PageHeader } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOrganizations } from '../api/organizations';
import { CreateOrganizationForm } from './CreateOrganizationForm';

export function OrganizationsPage() {
  useDocumentTitle('Organizations');
  const orgs = useOrganizations();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="Organizations" />
      <p className="lead">Share connections and saved queries with your team.</p>
      <div className="columns">
        <Card title="Your organizations">
          {orgs.isPending && <Loading label="Loading organizations…" />}
          {orgs.isError && <Alert>{messageOf(orgs.error)}</Alert>}
          {orgs.data && orgs.data.length === 0 && (
            <EmptyState title="You are not in any organization yet">Create one, or accept an invitation.</EmptyState>
          )}
          {orgs.data && orgs.data.length > 0 && (
            <ul className="item-list">
              {orgs.data.map((org) => (
                <li key={org.id} className="item">
                  <div className="item-main">
                    <p className="item-title">
                      <Link to={`/organizations/${org.id}`}>{org.name}</Link>
                    </p>
                    <p className="item-meta">
                      {org.description ? `${org.description} · ` : ''}
                      {org.member_count ?? 1} {org.member_count === 1 ? 'member' : 'members'}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Create an organization">
          <CreateOrganizationForm onCreated={(org) => navigate(`/organizations/${org.id}`)} />
        </Card>
      </div>
    </>
  );
}
