-- Howler cloud API schema, version 1. Timestamps are INTEGER unix milliseconds (UTC); JSON is TEXT.

CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL,
  email         TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL DEFAULT 'user',
  active        INTEGER NOT NULL DEFAULT 1,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  last_login    INTEGER,
  metadata      TEXT NOT NULL DEFAULT '{}'
);
-- Usernames and e-mails are unique regardless of case: "Alice" cannot impersonate "alice".
CREATE UNIQUE INDEX ux_users_username ON users(username COLLATE NOCASE);
CREATE UNIQUE INDEX ux_users_email ON users(email COLLATE NOCASE);

-- One row per login: access and refresh tokens carry its id; revoked_at ends both at once.
CREATE TABLE sessions (
  id             TEXT PRIMARY KEY,
  user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  refresh_jti    TEXT NOT NULL,
  created_at     INTEGER NOT NULL,
  last_access    INTEGER NOT NULL,
  expires_at     INTEGER NOT NULL,
  revoked_at     INTEGER,
  revoked_reason TEXT,
  ip_address     TEXT,
  user_agent     TEXT
);
CREATE INDEX ix_sessions_user ON sessions(user_id);
CREATE INDEX ix_sessions_expires ON sessions(expires_at);

CREATE TABLE login_attempts (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  ip         TEXT NOT NULL,
  username   TEXT NOT NULL,
  at         INTEGER NOT NULL,
  success    INTEGER NOT NULL
);
CREATE INDEX ix_login_attempts_key ON login_attempts(ip, username, at);
CREATE INDEX ix_login_attempts_at ON login_attempts(at);

CREATE TABLE organizations (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(name) > 0),
  description TEXT,
  owner_id    TEXT NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER,
  max_members INTEGER NOT NULL DEFAULT 10,
  settings    TEXT
);
CREATE INDEX ix_organizations_owner ON organizations(owner_id);

CREATE TABLE organization_members (
  id              TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  user_id         TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role            TEXT NOT NULL CHECK (role IN ('owner','admin','member')),
  invited_by      TEXT REFERENCES users(id) ON DELETE SET NULL,
  joined_at       INTEGER NOT NULL,
  UNIQUE (organization_id, user_id)
);
CREATE INDEX ix_org_members_user ON organization_members(user_id);

-- Invitations keep their history (status) instead of being deleted; only one may be pending per (org, email).
CREATE TABLE organization_invitations (
  id              TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  email           TEXT NOT NULL,
  role            TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('admin','member')),
  invited_by      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token           TEXT NOT NULL UNIQUE,
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','declined','revoked')),
  expires_at      INTEGER NOT NULL,
  accepted_at     INTEGER,
  responded_at    INTEGER,
  created_at      INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_invitations_pending ON organization_invitations(organization_id, email) WHERE status = 'pending';
CREATE INDEX ix_invitations_email ON organization_invitations(email, status);

CREATE TABLE audit_logs (
  id              TEXT PRIMARY KEY,
  organization_id TEXT REFERENCES organizations(id) ON DELETE CASCADE,
  user_id         TEXT NOT NULL,
  action          TEXT NOT NULL,
  resource_type   TEXT NOT NULL,
  resource_id     TEXT,
  ip_address      TEXT,
  user_agent      TEXT,
  details         TEXT,
  created_at      INTEGER NOT NULL,
  seq             INTEGER NOT NULL
);
CREATE INDEX ix_audit_org ON audit_logs(organization_id, created_at DESC, seq DESC);
CREATE INDEX ix_audit_user ON audit_logs(user_id, created_at DESC);
CREATE INDEX ix_audit_action ON audit_logs(action, created_at DESC);
CREATE INDEX ix_audit_resource ON audit_logs(resource_type, resource_id);

-- Synced items of every type. Keyed by owner so one user's ids can never address another user's rows.
-- change_seq is a server-wide, strictly increasing number assigned on every accepted write: the download cursor.
CREATE TABLE sync_items (
  owner_id          TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  item_type         TEXT NOT NULL CHECK (item_type IN ('connection','saved_query','query_history')),
  item_id           TEXT NOT NULL,
  data              TEXT NOT NULL,
  organization_id   TEXT REFERENCES organizations(id) ON DELETE SET NULL,
  visibility        TEXT NOT NULL DEFAULT 'personal' CHECK (visibility IN ('personal','shared')),
  sync_version      INTEGER NOT NULL,
  change_seq        INTEGER NOT NULL,
  client_updated_at INTEGER NOT NULL,
  device_id         TEXT,
  created_by        TEXT NOT NULL,
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  deleted_at        INTEGER,
  PRIMARY KEY (owner_id, item_type, item_id)
);
CREATE UNIQUE INDEX ux_sync_items_seq ON sync_items(change_seq);
CREATE INDEX ix_sync_items_owner_seq ON sync_items(owner_id, change_seq);
CREATE INDEX ix_sync_items_org_seq ON sync_items(organization_id, change_seq);

CREATE TABLE sync_conflicts (
  id             TEXT PRIMARY KEY,
  user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  item_owner_id  TEXT NOT NULL,
  item_type      TEXT NOT NULL,
  item_id        TEXT NOT NULL,
  local_version  TEXT NOT NULL,
  remote_version TEXT NOT NULL,
  winner         TEXT NOT NULL CHECK (winner IN ('local','remote')),
  detected_at    INTEGER NOT NULL,
  resolved_at    INTEGER,
  resolution     TEXT
);
CREATE INDEX ix_sync_conflicts_user ON sync_conflicts(user_id, resolved_at, detected_at);

CREATE TABLE sync_devices (
  user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  device_id      TEXT NOT NULL,
  last_sync_at   INTEGER NOT NULL,
  client_version TEXT,
  PRIMARY KEY (user_id, device_id)
);
