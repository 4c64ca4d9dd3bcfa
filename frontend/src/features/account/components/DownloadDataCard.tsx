import { Alert, Button, Card } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useExportMyData } from '../api/export-data';

/** "Download my data": everything the service holds about the user, as one JSON file. */
export function DownloadDataCard() {
  const exportData = useExportMyData();
  return (
    <Card title="Your data">
      <p>
        Download a copy of everything SQL Studio holds about you: your profile, synced connections (never their passwords), saved queries, query history,
        organization memberships and your activity, as one JSON file.
      </p>
      {exportData.isError && <Alert>{messageOf(exportData.error)}</Alert>}
      {exportData.isSuccess && <Alert kind="success">Your data was downloaded as {exportData.data.filename}.</Alert>}
      <Button variant="secondary" busy={exportData.isPending} onClick={() => exportData.mutate()}>
        {exportData.isPending ? 'Preparing your data…' : 'Download my data'}
      </Button>
    </Card>
  );
}
