import { useState } from 'react';
import { Alert, Button, Card, EmptyState, Loading, Time } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { AUDIT_PAGE_SIZE, useAuditLogs } from '../api/audit-logs';
import type { Member } from '../api/types';

const actionText: Record<string, string> = {
  'organization.created': 'created the organization',
  'organization.updated': 'updated the organization',
  'organization.deleted': 'deleted the organization',
  'member.role_updated': 'changed a member’s role',
  'member.removed': 'removed a member',
  'invitation.created': 'sent an invitation',
  'invitation.accepted': 'accepted an invitation',
  'invitation.declined': 'declined an invitation',
  'invitation.revoked': 'revoked an invitation',
  permission_denied: 'was denied an action',
};

/** "email: bob@example.com, from: member, to: admin", with user ids shown as usernames. */
function detailsText(details: unknown, nameOf: (userId: string) => string | undefined): string {
  if (details === undefined || details === null || details === '') return '';
  if (typeof details === 'string') {
    try {
      return detailsText(JSON.parse(details), nameOf);
    } catch {
      return details;
    }
  }
  if (typeof details === 'object') {
    return Object.entries(details as Record<string, unknown>)
      .map(([k, v]) => {
        if (k === 'user_id' && typeof v === 'string') return `member: ${nameOf(v) ?? 'a former member'}`;
        return `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`;
      })
      .join(', ');
  }
  return String(details);
}

export function AuditLogSection({ orgId, members }: { orgId: string; members: Member[] }) {
  const [offset, setOffset] = useState(0);
  const logs = useAuditLogs(orgId, offset, true);
  const usernameOf = (userId: string) => members.find((m) => m.user_id === userId)?.user?.username;
  const nameOf = (userId: string) => usernameOf(userId) ?? 'Someone';
  const page = logs.data?.logs ?? [];
  return (
    <Card title="Audit log">
      {logs.isPending && <Loading label="Loading the audit log…" />}
      {logs.isError && <Alert>{messageOf(logs.error)}</Alert>}
      {logs.data && page.length === 0 && offset === 0 && <EmptyState title="No activity yet" />}
      {page.length > 0 && (
        <ol className="audit" aria-label="Audit log entries">
          {page.map((log) => (
            <li key={log.id}>
              <Time value={log.created_at} /> — <strong>{nameOf(log.user_id)}</strong> {actionText[log.action] ?? log.action}
              {detailsText(log.details, usernameOf) && <span className="item-meta"> ({detailsText(log.details, usernameOf)})</span>}
            </li>
          ))}
        </ol>
      )}
      {(offset > 0 || page.length === AUDIT_PAGE_SIZE) && (
        <nav className="pager" aria-label="Audit log pages">
          <Button variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - AUDIT_PAGE_SIZE))}>
            Newer
          </Button>
          <Button variant="secondary" disabled={page.length < AUDIT_PAGE_SIZE} onClick={() => setOffset(offset + AUDIT_PAGE_SIZE)}>
            Older
          </Button>
        </nav>
      )}
    </Card>
  );
}
