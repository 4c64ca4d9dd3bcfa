import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, ConfirmButton, EmptyState, Loading, PageHeader, SelectField, TextField, Time } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useConflicts } from '../api/conflicts';
import { useDeleteItem } from '../api/delete-item';
import { useSyncedData } from '../api/download';
import type { Connection, HistoryEntry, SavedQuery } from '../api/types';

type Filter = 'all' | 'connection' | 'saved_query' | 'query_history';

function matches(text: string, fields: (string | number | undefined | null)[]): boolean {
  if (text === '') return true;
  const needle = text.toLowerCase();
  return fields.some((f) => f !== undefined && f !== null && String(f).toLowerCase().includes(needle));
}

const queryTitle = (q: SavedQuery) => q.name ?? q.title ?? 'Untitled query';
const historyText = (h: HistoryEntry) => h.query ?? h.query_sanitized ?? '';

export function DashboardPage() {
  useDocumentTitle('Dashboard');
  const data = useSyncedData();
  const conflicts = useConflicts();
  const remove = useDeleteItem();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<Filter>('all');

  const shown = useMemo(() => {
    const d = data.data;
    if (!d) return undefined;
    const s = search.trim();
    return {
      connections:
        filter === 'all' || filter === 'connection'
          ? d.connections.filter((c) => matches(s, [c.name, c.type, c.host, c.database ?? c.database_name, c.username]))
          : [],
      savedQueries:
        filter === 'all' || filter === 'saved_query'
          ? d.savedQueries.filter((q) => matches(s, [queryTitle(q), q.query, q.description, ...(q.tags ?? [])]))
          : [],
      history: filter === 'all' || filter === 'query_history' ? d.history.filter((h) => matches(s, [historyText(h), h.error])) : [],
    };
  }, [data.data, search, filter]);

  const total = data.data ? data.data.connections.length + data.data.savedQueries.length + data.data.history.length : 0;
  const shownTotal = shown ? shown.connections.length + shown.savedQueries.length + shown.history.length : 0;
  const conflictCount = conflicts.data?.length ?? 0;

  return (
    <>
      <PageHeader title="Dashboard">
        <Button variant="secondary" onClick={() => void data.refetch()} busy={data.isFetching}>
          Refresh
        </Button>
      </PageHeader>
      <p className="lead">What the desktop app synced to your account: connections (never their passwords), saved queries and recent history.</p>
      {conflictCount > 0 && (
        <Alert kind="info">
          {conflictCount === 1 ? '1 sync conflict needs' : `${conflictCount} sync conflicts need`} your decision.{' '}
          <Link to="/conflicts">Resolve conflicts</Link>
        </Alert>
      )}
      {remove.isError && <Alert>{messageOf(remove.error)}</Alert>}

      {data.isPending && <Loading label="Loading your synced items…" />}
      {data.isError && (
        <Alert>
          {messageOf(data.error)}{' '}
          <Button variant="link" onClick={() => void data.refetch()}>
            Try again
          </Button>
        </Alert>
      )}

      {data.data && total === 0 && (
        <EmptyState title="Nothing synced yet">
          Sign in to SQL Studio on your computer with this account and turn on sync: your connections, saved queries and
          history will show up here.
        </EmptyState>
      )}

      {data.data && total > 0 && shown && (
        <>
          <div className="toolbar" role="search">
            <TextField
              label="Search"
              type="search"
              name="search"
              placeholder="Name, host, SQL text…"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <SelectField label="Type" name="type" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
              <option value="all">All types</option>
              <option value="connection">Connections</option>
              <option value="saved_query">Saved queries</option>
              <option value="query_history">Query history</option>
            </SelectField>
          </div>
          <p className="muted" aria-live="polite">
            Showing {shownTotal} of {total} items.
          </p>
          {shownTotal === 0 && <EmptyState title="No items match your search" />}

          {shown.connections.length > 0 && (
            <section aria-labelledby="connections-heading" className="section">
              <h2 id="connections-heading">Connections ({shown.connections.length})</h2>
              <ul className="item-list">
                {shown.connections.map((c: Connection) => (
                  <li key={c.id} className="item" data-testid="connection-item">
                    <div className="item-main">
                      <p className="item-title">
                        {c.name} <span className="badge">{c.type}</span>
                      </p>
                      <p className="item-meta">
                        {[c.username, c.host ? `${c.host}${c.port ? `:${c.port}` : ''}` : undefined, c.database ?? c.database_name]
                          .filter(Boolean)
                          .join(' · ') || 'No host'}
                        {c.visibility === 'shared' && <span className="badge badge-muted">shared</span>}
                      </p>
                    </div>
                    <ConfirmButton
                      label="Delete"
                      confirmLabel="Confirm delete"
                      accessibleName={`Delete connection ${c.name}`}
                      onConfirm={() => remove.mutate({ itemType: 'connection', itemId: c.id, syncVersion: c.sync_version })}
                    />
                  </li>
                ))}
              </ul>
            </section>
          )}

          {shown.savedQueries.length > 0 && (
            <section aria-labelledby="queries-heading" className="section">
              <h2 id="queries-heading">Saved queries ({shown.savedQueries.length})</h2>
              <ul className="item-list">
                {shown.savedQueries.map((q) => (
                  <li key={q.id} className="item" data-testid="query-item">
                    <div className="item-main">
                      <p className="item-title">{queryTitle(q)}</p>
                      {q.description && <p className="item-meta">{q.description}</p>}
                      <pre className="sql">{q.query}</pre>
                      {(q.tags ?? []).length > 0 && (
                        <p className="item-meta">
                          {(q.tags ?? []).map((t) => (
                            <span key={t} className="badge badge-muted">
                              {t}
                            </span>
                          ))}
                        </p>
                      )}
                    </div>
                    <ConfirmButton
                      label="Delete"
                      confirmLabel="Confirm delete"
                      accessibleName={`Delete saved query ${queryTitle(q)}`}
                      onConfirm={() => remove.mutate({ itemType: 'saved_query', itemId: q.id, syncVersion: q.sync_version })}
                    />
                  </li>
                ))}
              </ul>
            </section>
          )}

          {shown.history.length > 0 && (
            <section aria-labelledby="history-heading" className="section">
              <h2 id="history-heading">Recent query history ({shown.history.length})</h2>
              <ul className="item-list">
                {shown.history.slice(0, 200).map((h) => (
                  <li key={h.id} className="item" data-testid="history-item">
                    <div className="item-main">
                      <pre className="sql">{historyText(h)}</pre>
                      <p className="item-meta">
                        <Time value={h.executed_at} />
                        {h.duration_ms !== undefined && ` · ${h.duration_ms} ms`}
                        {h.rows_affected !== undefined && ` · ${h.rows_affected} rows`}
                        {h.success === false && <span className="badge badge-danger">failed</span>}
                      </p>
                      {h.error && <p className="item-meta">{h.error}</p>}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
