import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { Alert, Button, Card, TextField } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import type { User } from '../../../lib/session';
import { useForm } from '../../../lib/use-form';
import { normalizeTotp, validateRequired, validateTotp } from '../../../lib/validation';
import { useDisableMfa } from '../api/mfa-disable';
import { useEnableMfa } from '../api/mfa-enable';
import { useMfaSetup, type MfaSetup } from '../api/mfa-setup';
import { RecoveryCodes } from './RecoveryCodes';

/**
 * Two-factor sign-in: turning it on (QR code and key, confirmed by a first code), the recovery
 * codes shown once, and turning it off with the password and a code.
 */
export function TwoFactorCard({ user }: { user: User }) {
  const setup = useMfaSetup();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [turnedOff, setTurnedOff] = useState(false);

  let body;
  if (recoveryCodes) {
    body = <RecoveryCodes codes={recoveryCodes} username={user.username} onDone={() => setRecoveryCodes(null)} />;
  } else if (user.mfa_enabled) {
    body = <TurnOffForm onTurnedOff={() => setTurnedOff(true)} />;
  } else if (setup.data) {
    body = (
      <ConfirmSetupForm
        setup={setup.data}
        onEnabled={(codes) => {
          // The secret is on the account now; it is not kept on screen any longer.
          setup.reset();
          setTurnedOff(false);
          setRecoveryCodes(codes);
        }}
        onCancel={() => setup.reset()}
      />
    );
  } else {
    body = (
      <>
        {turnedOff && <Alert kind="success">Two-factor sign-in is off. Signing in asks for your password only.</Alert>}
        <p>
          Two-factor sign-in is <strong data-testid="mfa-status">off</strong>. Turn it on and signing in asks, after your password, for a code from an authenticator app on your
          phone (Google Authenticator, 1Password, Aegis, …).
        </p>
        {setup.isError && <Alert>{messageOf(setup.error)}</Alert>}
        <Button busy={setup.isPending} onClick={() => setup.mutate()}>
          Turn on two-factor sign-in
        </Button>
      </>
    );
  }
  return <Card title="Two-factor sign-in">{body}</Card>;
}

function ConfirmSetupForm({ setup, onEnabled, onCancel }: { setup: MfaSetup; onEnabled: (codes: string[]) => void; onCancel: () => void }) {
  const enable = useEnableMfa();
  const form = useForm({ code: '' }, { code: validateTotp });
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Turn on two-factor sign-in"
      onSubmit={form.handleSubmit((values) => enable.mutate(normalizeTotp(values.code), { onSuccess: (reply) => onEnabled(reply.recovery_codes) }))}
    >
      <ol className="steps">
        <li>
          <p>Scan this QR code with your authenticator app.</p>
          <div className="qr-code">
            <QRCodeSVG value={setup.otpauth_url} size={192} level="M" marginSize={2} title="QR code for your authenticator app" />
          </div>
        </li>
        <li>
          <p>Can’t scan it? Enter this key in the app instead (time-based, 6 digits):</p>
          <p>
            <code className="secret" data-testid="mfa-secret">
              {setup.secret}
            </code>
          </p>
        </li>
        <li>
          <p>Enter the 6-digit code the app now shows, to confirm it works.</p>
          {enable.isError && <Alert>{messageOf(enable.error)}</Alert>}
          <TextField
            label="Code from the app"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={9}
            value={form.values.code}
            error={form.errors.code}
            onChange={(e) => form.setValue('code', e.target.value)}
          />
        </li>
      </ol>
      <div className="button-row">
        <Button type="submit" busy={enable.isPending}>
          {enable.isPending ? 'Turning on…' : 'Confirm and turn on'}
        </Button>
        <Button variant="link" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function TurnOffForm({ onTurnedOff }: { onTurnedOff: () => void }) {
  const disable = useDisableMfa();
  const form = useForm({ password: '', code: '' }, { password: validateRequired('your password'), code: validateTotp });
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Turn off two-factor sign-in"
      onSubmit={form.handleSubmit((values) => disable.mutate({ password: values.password, code: normalizeTotp(values.code) }, { onSuccess: onTurnedOff }))}
    >
      <p>
        Two-factor sign-in is <strong data-testid="mfa-status">on</strong>: signing in asks for a code from your authenticator app. To turn it off, confirm
        with your password and a current code.
      </p>
      {disable.isError && <Alert>{messageOf(disable.error)}</Alert>}
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={form.values.password}
        error={form.errors.password}
        onChange={(e) => form.setValue('password', e.target.value)}
      />
      <TextField
        label="Code from the app"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={9}
        value={form.values.code}
        error={form.errors.code}
        onChange={(e) => form.setValue('code', e.target.value)}
      />
      <Button type="submit" variant="danger" busy={disable.isPending}>
        {disable.isPending ? 'Turning off…' : 'Turn off two-factor sign-in'}
      </Button>
    </form>
  );
}
