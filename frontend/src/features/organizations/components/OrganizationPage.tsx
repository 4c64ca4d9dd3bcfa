import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, ConfirmButton, Loading, PageHeader } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSession } from '../../../lib/use-session';
import { useMembers } from '../api/members';
import { useDeleteOrganization, useOrganization } from '../api/organizations';
import { canDeleteOrganization, canManageInvitations, canViewAuditLog } from '../api/permissions';
import { AuditLogSection } from './AuditLogSection';
import { InvitationsSection } from './InvitationsSection';
import { MembersSection } from './MembersSection';

export function OrganizationPage() {
  const { orgId = '' } = useParams();
  const session = useSession();
  const org = useOrganization(orgId);
  const members = useMembers(orgId);
  const remove = useDeleteOrganization();
  const navigate = useNavigate();
  useDocumentTitle(org.data?.name ?? 'Organization');

  const callerId = session?.user.id ?? '';
  const callerRole = members.data?.find((m) => m.user_id === callerId)?.role;

  if (org.isPending) return <Loading label="Loading the organization…" />;
  if (org.isError)
    return (
      <>
        <PageHeader title="Organization" />
        <Alert>{messageOf(org.error)}</Alert>
        <p>
          <Link to="/organizations">Back to organizations</Link>
        </p>
      </>
    );

  const o = org.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/organizations">Organizations</Link> /
      </p>
      <PageHeader title={o.name}>
        {canDeleteOrganization(callerRole, members.data?.length ?? 0) && (
          <ConfirmButton
            label="Delete organization"
            confirmLabel="Confirm delete"
            busy={remove.isPending}
            onConfirm={() => remove.mutate(o.id, { onSuccess: () => navigate('/organizations') })}
          />
        )}
      </PageHeader>
      {o.description && <p className="lead">{o.description}</p>}
      {callerRole && (
        <p className="muted">
          Your role: <strong data-testid="caller-role">{callerRole}</strong>
        </p>
      )}
      {remove.isError && <Alert>{messageOf(remove.error)}</Alert>}
      <div className="stack">
        <MembersSection org={o} callerId={callerId} callerRole={callerRole} />
        {canManageInvitations(callerRole) && <InvitationsSection orgId={o.id} callerRole={callerRole} />}
        {canViewAuditLog(callerRole) && <AuditLogSection orgId={o.id} members={members.data ?? []} />}
      </div>
    </>
  );
}
