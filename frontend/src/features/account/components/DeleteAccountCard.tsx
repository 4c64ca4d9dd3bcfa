import { Alert, Button, Card, TextField } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import type { User } from '../../../lib/session';
import { useForm } from '../../../lib/use-form';
import { normalizeTotp, validateRequired, validateTotp } from '../../../lib/validation';
import { useDeleteAccount } from '../api/delete-account';

/**
 * "Delete my account": a plain warning of what goes, then the password (and a current code when
 * two-factor sign-in is on) and an explicit acknowledgement. On success every session ends.
 */
export function DeleteAccountCard({ user }: { user: User }) {
  const remove = useDeleteAccount();
  const needsCode = user.mfa_enabled === true;
  const form = useForm(
    { password: '', code: '', confirm: '' },
    { password: validateRequired('your password'), ...(needsCode ? { code: validateTotp } : {}) },
  );
  return (
    <Card title="Delete my account">
      <div className="alert alert-warning" role="note" aria-label="Warning">
        <p>
          <strong>This cannot be undone.</strong> Deleting your account removes your profile, every synced connection, saved query and history entry,
          and your memberships of organizations, and signs you out on every device at once.
        </p>
        <p>
          If you are the only owner of an organization that has other members, transfer its ownership first. Download your data above if you want to keep
          a copy.
        </p>
      </div>
      <form
        ref={form.formRef}
        noValidate
        aria-label="Delete my account"
        onSubmit={form.handleSubmit(
          (values) => remove.mutate(needsCode ? { password: values.password, code: normalizeTotp(values.code) } : { password: values.password }),
          (values) => (values.confirm === 'yes' ? {} : { confirm: 'Tick the box to confirm that you want to delete your account.' }),
        )}
      >
        {remove.isError && <Alert>{messageOf(remove.error)}</Alert>}
        <TextField
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={form.values.password}
          error={form.errors.password}
          onChange={(e) => form.setValue('password', e.target.value)}
        />
        {needsCode && (
          <TextField
            label="Code from your authenticator app"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={9}
            value={form.values.code}
            error={form.errors.code}
            onChange={(e) => form.setValue('code', e.target.value)}
          />
        )}
        <div className="field field-check">
          <label>
            <input
              type="checkbox"
              name="confirm"
              checked={form.values.confirm === 'yes'}
              aria-invalid={form.errors.confirm ? true : undefined}
              aria-describedby={form.errors.confirm ? 'delete-confirm-error' : undefined}
              onChange={(e) => form.setValue('confirm', e.target.checked ? 'yes' : '')}
            />{' '}
            I understand that my account and its data will be deleted for good.
          </label>
          {form.errors.confirm && (
            <p className="field-error" id="delete-confirm-error">
              {form.errors.confirm}
            </p>
          )}
        </div>
        <Button type="submit" variant="danger" busy={remove.isPending}>
          {remove.isPending ? 'Deleting…' : 'Delete my account'}
        </Button>
      </form>
    </Card>
  );
}
