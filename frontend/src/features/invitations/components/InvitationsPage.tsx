import { Link, useSearchParams } from 'react-router-dom';
import { AcceptInvitationLink } from './AcceptInvitationLink';
import { Alert, Button, EmptyState, Loading, PageHeader, Time } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAnswerInvitation, useMyInvitations } from '../api/my-invitations';

export function InvitationsPage() {
  useDocumentTitle('Invitations');
  const invitations = useMyInvitations();
  const answer = useAnswerInvitation();
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <>
      <PageHeader title="Invitations" />
      <p className="lead">Invitations to join an organization, sent to your email address.</p>
      {token && <AcceptInvitationLink token={token} />}
      {answer.isError && <Alert>{messageOf(answer.error)}</Alert>}
      {answer.isSuccess && answer.variables.answer === 'accept' && (
        <Alert kind="success">
          You joined the organization. <Link to="/organizations">See your organizations</Link>
        </Alert>
      )}
      {answer.isSuccess && answer.variables.answer === 'decline' && <Alert kind="success">Invitation declined.</Alert>}
      {invitations.isPending && <Loading label="Loading invitations…" />}
      {invitations.isError && <Alert>{messageOf(invitations.error)}</Alert>}
      {invitations.data && invitations.data.length === 0 && (
        <EmptyState title="No pending invitations">When someone invites your email address to an organization, it shows up here.</EmptyState>
      )}
      {invitations.data && invitations.data.length > 0 && (
        <ul className="item-list">
          {invitations.data.map((inv) => {
            const orgName = inv.organization?.name ?? 'An organization';
            const busy = answer.isPending && answer.variables.id === inv.id;
            return (
              <li key={inv.id} className="item" data-testid="my-invitation-item">
                <div className="item-main">
                  <p className="item-title">{orgName}</p>
                  <p className="item-meta">
                    Join as {inv.role} · expires <Time value={inv.expires_at} />
                  </p>
                </div>
                <div className="item-actions">
                  <Button busy={busy} aria-label={`Accept invitation to ${orgName}`} onClick={() => answer.mutate({ id: inv.id, answer: 'accept' })}>
                    Accept
                  </Button>
                  <Button
                    variant="secondary"
                    busy={busy}
                    aria-label={`Decline invitation to ${orgName}`}
                    onClick={() => answer.mutate({ id: inv.id, answer: 'decline' })}
                  >
                    Decline
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
