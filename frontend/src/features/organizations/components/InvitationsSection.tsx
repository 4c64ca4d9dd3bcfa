import { Alert, Button, Card, ConfirmButton, EmptyState, Loading, SelectField, TextField, Time } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useForm } from '../../../lib/use-form';
import { validateEmail } from '../../../lib/validation';
import { isPending, useInvite, useOrgInvitations, useRevokeInvitation } from '../api/invitations';
import { invitableRoles } from '../api/permissions';
import type { Role } from '../api/types';

export function InviteForm({ orgId, callerRole }: { orgId: string; callerRole: Role | undefined }) {
  const roles = invitableRoles(callerRole);
  const inviteMutation = useInvite(orgId);
  const form = useForm(
    { email: '', role: 'member' },
    { email: validateEmail, role: (v) => (roles.includes(v as Role) ? undefined : 'Choose a role you may grant.') },
  );
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Invite by email"
      onSubmit={form.handleSubmit((values) =>
        inviteMutation.mutate({ orgId, email: values.email.trim(), role: values.role as Role }, { onSuccess: () => form.reset() }),
      )}
    >
      {inviteMutation.isError && <Alert>{messageOf(inviteMutation.error)}</Alert>}
      {inviteMutation.isSuccess && <Alert kind="success">Invitation sent to {inviteMutation.data.email}.</Alert>}
      <div className="form-row">
        <TextField
          label="Email address"
          name="email"
          type="email"
          autoComplete="off"
          value={form.values.email}
          error={form.errors.email}
          onChange={(e) => form.setValue('email', e.target.value)}
        />
        <SelectField label="Role" name="role" value={form.values.role} error={form.errors.role} onChange={(e) => form.setValue('role', e.target.value)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" busy={inviteMutation.isPending}>
        {inviteMutation.isPending ? 'Sending…' : 'Send invitation'}
      </Button>
    </form>
  );
}

export function InvitationsSection({ orgId, callerRole }: { orgId: string; callerRole: Role | undefined }) {
  const invitations = useOrgInvitations(orgId, true);
  const revoke = useRevokeInvitation(orgId);
  const pending = (invitations.data ?? []).filter((i) => isPending(i));
  return (
    <Card title="Invitations">
      <InviteForm orgId={orgId} callerRole={callerRole} />
      <h3>Pending</h3>
      {invitations.isPending && <Loading label="Loading invitations…" />}
      {invitations.isError && <Alert>{messageOf(invitations.error)}</Alert>}
      {revoke.isError && <Alert>{messageOf(revoke.error)}</Alert>}
      {invitations.data && pending.length === 0 && <EmptyState title="No pending invitations" />}
      {pending.length > 0 && (
        <ul className="item-list" aria-label="Pending invitations">
          {pending.map((inv) => (
            <li key={inv.id} className="item" data-testid="org-invitation-item">
              <div className="item-main">
                <p className="item-title">{inv.email}</p>
                <p className="item-meta">
                  {inv.role} · expires <Time value={inv.expires_at} />
                </p>
              </div>
              <ConfirmButton
                label="Revoke"
                confirmLabel="Confirm revoke"
                accessibleName={`Revoke invitation of ${inv.email}`}
                onConfirm={() => revoke.mutate({ orgId, invitationId: inv.id })}
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
