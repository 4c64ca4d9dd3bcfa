-- A per-user counter that moves whenever anything that user's download can contain changes: their own items, items
-- in an organization they belong to, their memberships, and the deletion of those organizations. The service keeps
-- rendered download pages per replica and reuses one only while this counter is unchanged, so the counter has to be
-- exact: triggers keep it so for every writer (the service, FK cascades, an operator's SQL), not only the code paths
-- known today. Bumping a user more often than needed only costs a cache miss.
ALTER TABLE users ADD COLUMN sync_epoch INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER sync_items_epoch_insert AFTER INSERT ON sync_items BEGIN
  UPDATE users SET sync_epoch = sync_epoch + 1 WHERE id = NEW.owner_id;
  UPDATE users SET sync_epoch = sync_epoch + 1
   WHERE id IN (SELECT user_id FROM organization_members WHERE organization_id = NEW.organization_id);
END;

CREATE TRIGGER sync_items_epoch_update AFTER UPDATE ON sync_items BEGIN
  UPDATE users SET sync_epoch = sync_epoch + 1 WHERE id IN (OLD.owner_id, NEW.owner_id);
  UPDATE users SET sync_epoch = sync_epoch + 1
   WHERE id IN (SELECT user_id FROM organization_members WHERE organization_id IN (OLD.organization_id, NEW.organization_id));
END;

CREATE TRIGGER sync_items_epoch_delete AFTER DELETE ON sync_items BEGIN
  UPDATE users SET sync_epoch = sync_epoch + 1 WHERE id = OLD.owner_id;
  UPDATE users SET sync_epoch = sync_epoch + 1
   WHERE id IN (SELECT user_id FROM organization_members WHERE organization_id = OLD.organization_id);
END;

CREATE TRIGGER organization_members_epoch_insert AFTER INSERT ON organization_members BEGIN
  UPDATE users SET sync_epoch = sync_epoch + 1 WHERE id = NEW.user_id;
END;

CREATE TRIGGER organization_members_epoch_update AFTER UPDATE ON organization_members BEGIN
  UPDATE users SET sync_epoch = sync_epoch + 1 WHERE id IN (OLD.user_id, NEW.user_id);
END;

CREATE TRIGGER organization_members_epoch_delete AFTER DELETE ON organization_members BEGIN
  UPDATE users SET sync_epoch = sync_epoch + 1 WHERE id = OLD.user_id;
END;

CREATE TRIGGER organizations_epoch_update AFTER UPDATE OF deleted_at ON organizations BEGIN
  UPDATE users SET sync_epoch = sync_epoch + 1
   WHERE id IN (SELECT user_id FROM organization_members WHERE organization_id = NEW.id);
END;
