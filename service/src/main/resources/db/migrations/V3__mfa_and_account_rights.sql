-- Two-factor sign-in (TOTP and recovery codes) and what deleting an account needs.

-- One row per user who set up or enabled TOTP. Secrets are sealed by the service (AES-256-GCM under a key derived from
-- JWT_SECRET), never stored in the clear. pending_secret holds a setup not yet confirmed with a code; last_used_step
-- is the highest 30-second step a code was accepted for, so a code is never accepted twice.
CREATE TABLE user_mfa (
  user_id            TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  secret             TEXT,
  pending_secret     TEXT,
  pending_created_at INTEGER,
  enabled_at         INTEGER,
  last_used_step     INTEGER NOT NULL DEFAULT 0,
  updated_at         INTEGER NOT NULL
);

-- Single-use recovery codes, stored as salted SHA-256 of 80-bit random codes.
CREATE TABLE mfa_recovery_codes (
  user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash  TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  used_at    INTEGER,
  PRIMARY KEY (user_id, code_hash)
);

-- The second step of a login: the mfa_token handed out after the password, stored as its SHA-256 only.
CREATE TABLE mfa_challenges (
  token_hash TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  login_key  TEXT NOT NULL,
  failures   INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at    INTEGER
);
CREATE INDEX ix_mfa_challenges_user ON mfa_challenges(user_id);
CREATE INDEX ix_mfa_challenges_expires ON mfa_challenges(expires_at);

-- An audit entry outlives the account of the person who acted: the event stays, the person goes (user_id NULL).
-- SQLite cannot drop NOT NULL from a column, so the table is rebuilt with the same rows and indexes.
CREATE TABLE audit_logs_v3 (
  id              TEXT PRIMARY KEY,
  organization_id TEXT REFERENCES organizations(id) ON DELETE CASCADE,
  user_id         TEXT,
  action          TEXT NOT NULL,
  resource_type   TEXT NOT NULL,
  resource_id     TEXT,
  ip_address      TEXT,
  user_agent      TEXT,
  details         TEXT,
  created_at      INTEGER NOT NULL,
  seq             INTEGER NOT NULL
);
INSERT INTO audit_logs_v3(id, organization_id, user_id, action, resource_type, resource_id, ip_address, user_agent, details, created_at, seq)
  SELECT id, organization_id, user_id, action, resource_type, resource_id, ip_address, user_agent, details, created_at, seq FROM audit_logs;
DROP TABLE audit_logs;
ALTER TABLE audit_logs_v3 RENAME TO audit_logs;
CREATE INDEX ix_audit_org ON audit_logs(organization_id, created_at DESC, seq DESC);
CREATE INDEX ix_audit_user ON audit_logs(user_id, created_at DESC);
CREATE INDEX ix_audit_action ON audit_logs(action, created_at DESC);
CREATE INDEX ix_audit_resource ON audit_logs(resource_type, resource_id);
