import { describe, expect, it } from 'vitest';
import { assignableRoles, canDeleteOrganization, canRemoveMember, canViewAuditLog, invitableRoles } from './permissions';
import type { Member, Organization, Role } from './types';

const org: Organization = { id: 'o1', name: 'Acme', owner_id: 'owner' };
const member = (user_id: string, role: Role): Member => ({ id: `m-${user_id}`, organization_id: 'o1', user_id, role });

describe('the organization permission matrix', () => {
  it('lets owners invite admins and members, admins only members, members nobody', () => {
    expect(invitableRoles('owner')).toEqual(['member', 'admin']);
    expect(invitableRoles('admin')).toEqual(['member']);
    expect(invitableRoles('member')).toEqual([]);
  });

  it('never offers to change the owner, nor one’s own role', () => {
    expect(assignableRoles('owner', 'owner', member('owner', 'owner'), org)).toEqual([]);
    expect(assignableRoles('admin', 'a1', member('owner', 'owner'), org)).toEqual([]);
    expect(assignableRoles('admin', 'a1', member('a1', 'admin'), org)).toEqual([]);
  });

  it('lets owners change anyone else, admins only members, members nobody', () => {
    expect(assignableRoles('owner', 'owner', member('a1', 'admin'), org)).toEqual(['member', 'admin']);
    expect(assignableRoles('owner', 'owner', member('m1', 'member'), org)).toEqual(['member', 'admin']);
    expect(assignableRoles('admin', 'a1', member('m1', 'member'), org)).toEqual(['member', 'admin']);
    expect(assignableRoles('admin', 'a1', member('a2', 'admin'), org)).toEqual([]);
    expect(assignableRoles('member', 'm1', member('m2', 'member'), org)).toEqual([]);
  });

  it('lets owners remove anyone but themselves, admins only members', () => {
    expect(canRemoveMember('owner', 'owner', member('a1', 'admin'), org)).toBe(true);
    expect(canRemoveMember('owner', 'owner', member('owner', 'owner'), org)).toBe(false);
    expect(canRemoveMember('admin', 'a1', member('m1', 'member'), org)).toBe(true);
    expect(canRemoveMember('admin', 'a1', member('a2', 'admin'), org)).toBe(false);
    expect(canRemoveMember('member', 'm1', member('m2', 'member'), org)).toBe(false);
  });

  it('lets only a sole owner delete, and owners and admins read the audit log', () => {
    expect(canDeleteOrganization('owner', 1)).toBe(true);
    expect(canDeleteOrganization('owner', 2)).toBe(false);
    expect(canDeleteOrganization('admin', 1)).toBe(false);
    expect(canViewAuditLog('owner')).toBe(true);
    expect(canViewAuditLog('admin')).toBe(true);
    expect(canViewAuditLog('member')).toBe(false);
  });
});

describe('pending invitations', () => {
  it('are the ones still waiting for an answer', async () => {
    const { isPending } = await import('./invitations');
    const base = { id: 'i', organization_id: 'o1', email: 'a@b.co', role: 'member' as const };
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(isPending({ ...base, status: 'pending', expires_at: '2025-01-08T00:00:00Z' }, now)).toBe(true);
    expect(isPending({ ...base, status: 'revoked', expires_at: '2025-01-08T00:00:00Z' }, now)).toBe(false);
    expect(isPending({ ...base, status: 'pending', expires_at: '2024-12-31T00:00:00Z' }, now)).toBe(false);
    expect(isPending({ ...base, accepted_at: '2024-12-31T00:00:00Z' }, now)).toBe(false);
  });
});
