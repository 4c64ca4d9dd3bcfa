import { Alert, Button, Card, Loading, PageHeader, Time } from '../../../components/ui';
import { api } from '../../../lib/api-client';
import { messageOf } from '../../../lib/errors';
import { updateUser, type User } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useQuery } from '@tanstack/react-query';
import { useSignOutEverywhere } from '../api/sign-out-everywhere';
import { ChangePasswordForm } from './ChangePasswordForm';

/** `GET /api/auth/me`, fresh each visit so the profile shows what the server has. */
function useProfile() {
  return useQuery({
    queryKey: ['account', 'profile'],
    queryFn: async () => {
      const user = await api<User>('/api/auth/me');
      updateUser(user);
      return user;
    },
  });
}

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
      </div>
    </>
  );
}
