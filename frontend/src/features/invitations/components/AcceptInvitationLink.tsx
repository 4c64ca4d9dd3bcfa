import { Link } from 'react-router-dom';
import { Alert, Button, Card } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useAnswerInvitation } from '../api/my-invitations';

/**
 * The target of the invitation e-mail (`/invitations/accept?token=…`): the signed-in user accepts
 * or declines with the token from the link. The API checks that the invitation is for their e-mail.
 */
export function AcceptInvitationLink({ token }: { token: string }) {
  const answer = useAnswerInvitation();
  if (answer.isSuccess) {
    return (
      <Alert kind="success">
        {answer.variables.answer === 'accept' ? (
          <>
            You joined the organization. <Link to="/organizations">See your organizations</Link>
          </>
        ) : (
          'Invitation declined.'
        )}
      </Alert>
    );
  }
  return (
    <Card title="Invitation from your e-mail">
      {answer.isError && <Alert>{messageOf(answer.error)}</Alert>}
      <p>You followed an invitation link. Do you want to join the organization?</p>
      <div className="actions">
        <Button busy={answer.isPending} onClick={() => answer.mutate({ id: token, answer: 'accept' })}>
          Accept invitation
        </Button>
        <Button variant="secondary" busy={answer.isPending} onClick={() => answer.mutate({ id: token, answer: 'decline' })}>
          Decline
        </Button>
      </div>
    </Card>
  );
}
