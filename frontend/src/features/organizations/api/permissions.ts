import type { Member, Organization, Role } from './types';

/**
 * The organization permission matrix of the API, so the console offers only what the caller may
 * do. The server still checks every call; this only hides controls that would fail.
 *
 * | Action                       | Owner | Admin          | Member |
 * |------------------------------|-------|----------------|--------|
 * | view org, list members       | ✓     | ✓              | ✓      |
 * | update org                   | ✓     | ✓              | ✗      |
 * | delete org (1 member only)   | ✓     | ✗              | ✗      |
 * | invite, list invites, revoke | ✓     | ✓ (member only)| ✗      |
 * | change role (not the owner)  | ✓     | ✓ (of members; never to owner) | ✗ |
 * | remove member (not the owner)| ✓     | ✓ (members only)| ✗     |
 * | audit log                    | ✓     | ✓              | ✗      |
 */
export const isManager = (role: Role | undefined): boolean => role === 'owner' || role === 'admin';

export const canUpdateOrganization = isManager;
export const canViewAuditLog = isManager;
export const canManageInvitations = isManager;

export function canDeleteOrganization(role: Role | undefined, memberCount: number): boolean {
  return role === 'owner' && memberCount <= 1;
}

/** Roles the caller may invite with: owners invite admins or members, admins only members. */
export function invitableRoles(role: Role | undefined): Role[] {
  if (role === 'owner') return ['member', 'admin'];
  if (role === 'admin') return ['member'];
  return [];
}

/** Roles the caller may give `target`; empty when the caller may not change the target's role at all. */
export function assignableRoles(callerRole: Role | undefined, callerId: string, target: Member, org: Organization): Role[] {
  if (target.user_id === org.owner_id || target.role === 'owner' || target.user_id === callerId) return [];
  if (callerRole === 'owner') return ['member', 'admin'];
  // Admins may not demote other admins, nor grant ownership.
  if (callerRole === 'admin' && target.role === 'member') return ['member', 'admin'];
  return [];
}

export function canRemoveMember(callerRole: Role | undefined, callerId: string, target: Member, org: Organization): boolean {
  if (target.user_id === org.owner_id || target.role === 'owner' || target.user_id === callerId) return false;
  if (callerRole === 'owner') return true;
  return callerRole === 'admin' && target.role === 'member';
}
