import { Alert, Button, EmptyState, Loading, PageHeader, Time } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useConflicts, useResolveConflict, type Resolution } from '../api/conflicts';
import type { Conflict, ConflictVersion } from '../api/types';

const kindName: Record<string, string> = { connection: 'Connection', saved_query: 'Saved query', query_history: 'History entry' };

/** Bookkeeping the server adds; a user compares what they edited. */
const HIDDEN_FIELDS = new Set([
  'id',
  'user_id',
  'password',
  'ssh_key',
  'sync_version',
  'updated_at',
  'client_updated_at',
  'created_at',
  'created_by',
  'visibility',
  'organization_id',
]);

function titleOf(conflict: Conflict): string {
  const data = conflict.local_version?.data ?? conflict.remote_version?.data ?? {};
  const name = data.name ?? data.title;
  return typeof name === 'string' && name !== '' ? name : conflict.item_id;
}

function VersionView({ heading, version, applied }: { heading: string; version: ConflictVersion | undefined; applied: boolean }) {
  const data = version?.data ?? {};
  const entries = Object.entries(data).filter(([key]) => !HIDDEN_FIELDS.has(key));
  return (
    <div className="version">
      <h3>
        {heading} {applied && <span className="badge">in use now</span>}
      </h3>
      {version?.deleted && <p className="item-meta">This version deletes the item.</p>}
      <p className="item-meta">
        Changed <Time value={version?.updated_at} />
        {version?.device_id && ` on ${version.device_id}`}
      </p>
      <dl className="kv">
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function ConflictsPage() {
  useDocumentTitle('Sync conflicts');
  const conflicts = useConflicts();
  const resolve = useResolveConflict();
  const choose = (id: string, resolution: Resolution) => resolve.mutate({ id, resolution });
  return (
    <>
      <PageHeader title="Sync conflicts" />
      <p className="lead">
        When two devices change the same item, the later change wins and the other is kept here. Choose which version to
        keep, or keep both as separate items.
      </p>
      {resolve.isError && <Alert>{messageOf(resolve.error)}</Alert>}
      {resolve.isSuccess && <Alert kind="success">Conflict resolved.</Alert>}
      {conflicts.isPending && <Loading label="Loading conflicts…" />}
      {conflicts.isError && <Alert>{messageOf(conflicts.error)}</Alert>}
      {conflicts.data && conflicts.data.length === 0 && (
        <EmptyState title="No conflicts">Everything your devices synced agrees.</EmptyState>
      )}
      {conflicts.data && conflicts.data.length > 0 && (
        <ul className="item-list">
          {conflicts.data.map((c) => {
            const busy = resolve.isPending && resolve.variables?.id === c.id;
            return (
              <li key={c.id} className="conflict" data-testid="conflict-item">
                <h2 className="item-title">
                  {kindName[c.item_type] ?? c.item_type}: {titleOf(c)}
                </h2>
                <p className="item-meta">
                  Detected <Time value={c.detected_at} />
                </p>
                <div className="versions">
                  <VersionView heading="Mine (this device's change)" version={c.local_version} applied={c.winner === 'local'} />
                  <VersionView heading="Theirs (the version on the server)" version={c.remote_version} applied={c.winner === 'remote'} />
                </div>
                <div className="actions" role="group" aria-label={`Resolve conflict on ${titleOf(c)}`}>
                  <Button onClick={() => choose(c.id, 'keep_mine')} busy={busy}>
                    Keep mine
                  </Button>
                  <Button variant="secondary" onClick={() => choose(c.id, 'keep_theirs')} busy={busy}>
                    Keep theirs
                  </Button>
                  <Button variant="secondary" onClick={() => choose(c.id, 'keep_both')} busy={busy}>
                    Keep both
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
