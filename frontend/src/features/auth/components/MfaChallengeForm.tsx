import { useState } from 'react';
import { Alert, Button, TextField } from '../../../components/ui';
import { isExpiredSignIn, messageOf, secondFactorMessageOf } from '../../../lib/errors';
import { useForm } from '../../../lib/use-form';
import { normalizeTotp, validateRequired, validateTotp } from '../../../lib/validation';
import { useLoginMfa } from '../api/login-mfa';

type Mode = 'code' | 'recovery';

/**
 * The second step of a two-factor sign-in: the current code of the authenticator app, or one of
 * the recovery codes for a lost phone. A spent or expired ticket goes back to the password.
 */
export function MfaChallengeForm({
  mfaToken,
  onSignedIn,
  onRestart,
}: {
  mfaToken: string;
  onSignedIn: () => void;
  /** Back to the password step, with the reason to show there (none when the user chose to). */
  onRestart: (reason?: string) => void;
}) {
  const [mode, setMode] = useState<Mode>('code');
  const verify = useLoginMfa();
  const form = useForm({ code: '', recovery: '' }, mode === 'code' ? { code: validateTotp } : { recovery: validateRequired('a recovery code') });

  const switchTo = (next: Mode) => {
    verify.reset();
    form.reset();
    setMode(next);
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Two-factor sign-in"
      onSubmit={form.handleSubmit((values) =>
        verify.mutate(
          mode === 'code' ? { mfa_token: mfaToken, code: normalizeTotp(values.code) } : { mfa_token: mfaToken, recovery_code: values.recovery.trim() },
          {
            onSuccess: onSignedIn,
            onError: (error) => {
              if (isExpiredSignIn(error)) onRestart(messageOf(error));
            },
          },
        ),
      )}
    >
      <h2 className="step-title">Two-factor sign-in</h2>
      {verify.isError && <Alert>{secondFactorMessageOf(verify.error, mode)}</Alert>}
      {mode === 'code' ? (
        <>
          <p>Open your authenticator app and enter the 6-digit code it shows for SQL Studio.</p>
          <TextField
            key="code"
            label="Authentication code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            maxLength={9}
            value={form.values.code}
            error={form.errors.code}
            onChange={(e) => form.setValue('code', e.target.value)}
          />
        </>
      ) : (
        <>
          <p>Lost your phone? Enter one of the recovery codes you saved when you turned on two-factor sign-in. Each one works once.</p>
          <TextField
            key="recovery"
            label="Recovery code"
            name="recovery"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            autoFocus
            value={form.values.recovery}
            error={form.errors.recovery}
            onChange={(e) => form.setValue('recovery', e.target.value)}
          />
        </>
      )}
      <Button type="submit" busy={verify.isPending} className="btn-block">
        {verify.isPending ? 'Verifying…' : 'Verify and sign in'}
      </Button>
      <p className="auth-switch">
        {mode === 'code' ? (
          <Button variant="link" onClick={() => switchTo('recovery')}>
            Use a recovery code instead
          </Button>
        ) : (
          <Button variant="link" onClick={() => switchTo('code')}>
            Use a code from the app instead
          </Button>
        )}
      </p>
      <p className="auth-switch">
        <Button variant="link" onClick={() => onRestart()}>
          Start over
        </Button>
      </p>
    </form>
  );
}
