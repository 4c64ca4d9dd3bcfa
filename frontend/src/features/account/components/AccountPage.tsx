import { Alert, Button, Card, Loading, PageHeader, Time } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useProfile } from '../api/profile';
import { useSignOutEverywhere } from '../api/sign-out-everywhere';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DeleteAccountCard } from './DeleteAccountCard';
import { DownloadDataCard } from './DownloadDataCard';
import { TwoFactorCard } from './TwoFactorCard';

export function AccountPage() {
  useDocumentTitle('Account');
  const profile = useProfile();
  const everywhere = useSignOutEverywhere();
  return (
    <>
      <PageHeader title="Account" />
      <div className="columns">
        <Card title="Profile">
          {profile.isPending && <Loading label="Loading your profile…" />}
          {profile.isError && <Alert>{messageOf(profile.error)}</Alert>}
          {profile.data && (
            <dl className="kv">
              <div>
                <dt>Username</dt>
                <dd data-testid="profile-username">{profile.data.username}</dd>
              </div>
              <div>
                <dt>Email</dt>
                <dd>{profile.data.email}</dd>
              </div>
              <div>
                <dt>Member since</dt>
                <dd>
                  <Time value={profile.data.created_at} />
                </dd>
              </div>
              <div>
                <dt>Last sign-in</dt>
                <dd>
                  <Time value={profile.data.last_login} />
                </dd>
              </div>
            </dl>
          )}
        </Card>
        {profile.data && <TwoFactorCard user={profile.data} />}
        <Card title="Change password">
          <ChangePasswordForm />
        </Card>
        <Card title="Sessions">
          <p>Lost a device, or signed in on a shared computer? Sign out of SQL Studio on every device and browser, this one included.</p>
          {everywhere.isError && <Alert>{messageOf(everywhere.error)}</Alert>}
          <Button variant="danger" busy={everywhere.isPending} onClick={() => everywhere.mutate()}>
            Sign out everywhere
          </Button>
        </Card>
        <DownloadDataCard />
        {profile.data && <DeleteAccountCard user={profile.data} />}
      </div>
    </>
  );
}
