export type Role = 'owner' | 'admin' | 'member';

export interface Organization {
  id: string;
  name: string;
  description?: string;
  owner_id: string;
  created_at?: string;
  updated_at?: string;
  max_members?: number;
  member_count?: number;
}

export interface Member {
  id: string;
  organization_id: string;
  user_id: string;
  role: Role;
  invited_by?: string | null;
  joined_at?: string;
  user?: { id: string; email: string; username: string };
}

export interface OrgInvitation {
  id: string;
  organization_id: string;
  email: string;
  role: Role;
  invited_by?: string;
  token?: string;
  expires_at?: string;
  accepted_at?: string | null;
  created_at?: string;
  /** `pending`, `accepted`, `declined`, `revoked` (the list holds every state). */
  status?: string;
}

export interface AuditLog {
  id: string;
  organization_id?: string;
  user_id: string;
  action: string;
  resource_type: string;
  resource_id?: string;
  ip_address?: string;
  details?: unknown;
  created_at: string;
}
