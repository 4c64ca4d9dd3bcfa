import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, TextField } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useForm } from '../../../lib/use-form';
import { validateRequired } from '../../../lib/validation';
import { isMfaChallenge, useLogin } from '../api/login';
import { MfaChallengeForm } from './MfaChallengeForm';

/** Sign-in: the password, then, for an account with two-factor sign-in on, a code. */
export function LoginForm({ onSignedIn, notice: initialNotice = null }: { onSignedIn: () => void; notice?: string | null }) {
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(initialNotice);
  if (mfaToken) {
    return (
      <MfaChallengeForm
        mfaToken={mfaToken}
        onSignedIn={onSignedIn}
        onRestart={(reason) => {
          setMfaToken(null);
          setNotice(reason ?? null);
        }}
      />
    );
  }
  return (
    <PasswordStep
      notice={notice}
      onSignedIn={onSignedIn}
      onMfaRequired={(token) => {
        setNotice(null);
        setMfaToken(token);
      }}
    />
  );
}

function PasswordStep({ notice, onSignedIn, onMfaRequired }: { notice: string | null; onSignedIn: () => void; onMfaRequired: (mfaToken: string) => void }) {
  const login = useLogin();
  const form = useForm(
    { username: '', password: '' },
    { username: validateRequired('your username or email'), password: validateRequired('your password') },
  );
  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={form.handleSubmit((values) =>
        login.mutate(
          { username: values.username.trim(), password: values.password },
          { onSuccess: (response) => (isMfaChallenge(response) ? onMfaRequired(response.mfa_token) : onSignedIn()) },
        ),
      )}
    >
      {login.isError ? <Alert>{messageOf(login.error)}</Alert> : notice && <Alert kind="info">{notice}</Alert>}
      <TextField
        label="Username or email"
        name="username"
        autoComplete="username"
        value={form.values.username}
        error={form.errors.username}
        onChange={(e) => form.setValue('username', e.target.value)}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={form.values.password}
        error={form.errors.password}
        onChange={(e) => form.setValue('password', e.target.value)}
      />
      <Button type="submit" busy={login.isPending} className="btn-block">
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
      <p className="auth-switch">
        New to SQL Studio? <Link to="/signup">Create an account</Link>
      </p>
    </form>
  );
}
