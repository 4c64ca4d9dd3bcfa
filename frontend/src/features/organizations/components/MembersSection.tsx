import { useState } from 'react';
import { Alert, Button, Card, ConfirmButton, Loading, Time } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useChangeRole, useMembers, useRemoveMember } from '../api/members';
import { assignableRoles, canRemoveMember } from '../api/permissions';
import type { Member, Organization, Role } from '../api/types';

function RoleControl({ member, roles, orgId }: { member: Member; roles: Role[]; orgId: string }) {
  const [role, setRole] = useState<Role>(member.role);
  const change = useChangeRole(orgId);
  const name = member.user?.username ?? member.user_id;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        change.mutate({ orgId, userId: member.user_id, role });
      }}
    >
      <label className="visually-hidden" htmlFor={`role-${member.user_id}`}>
        Role of {name}
      </label>
      <select id={`role-${member.user_id}`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={role === member.role} busy={change.isPending} aria-label={`Change role of ${name}`}>
        Change role
      </Button>
      {change.isError && <span className="field-error" role="alert">{messageOf(change.error)}</span>}
    </form>
  );
}

export function MembersSection({
  org,
  callerId,
  callerRole,
}: {
  org: Organization;
  callerId: string;
  callerRole: Role | undefined;
}) {
  const members = useMembers(org.id);
  const remove = useRemoveMember(org.id);
  return (
    <Card title="Members">
      {members.isPending && <Loading label="Loading members…" />}
      {members.isError && <Alert>{messageOf(members.error)}</Alert>}
      {remove.isError && <Alert>{messageOf(remove.error)}</Alert>}
      {members.data && (
        <ul className="item-list" aria-label="Members">
          {members.data.map((m) => {
            const roles = assignableRoles(callerRole, callerId, m, org);
            const name = m.user?.username ?? m.user_id;
            return (
              <li key={m.user_id} className="item" data-testid="member-item">
                <div className="item-main">
                  <p className="item-title">
                    {name} {m.user_id === callerId && <span className="badge badge-muted">you</span>}
                  </p>
                  <p className="item-meta">
                    {m.user?.email} · <span data-testid="member-role">{m.role}</span> · joined <Time value={m.joined_at} />
                  </p>
                </div>
                <div className="item-actions">
                  {roles.length > 0 && <RoleControl member={m} roles={roles} orgId={org.id} />}
                  {canRemoveMember(callerRole, callerId, m, org) && (
                    <ConfirmButton
                      label="Remove"
                      confirmLabel="Confirm remove"
                      accessibleName={`Remove ${name}`}
                      busy={remove.isPending && remove.variables?.userId === m.user_id}
                      onConfirm={() => remove.mutate({ orgId: org.id, userId: m.user_id })}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
