import { Alert, Button, TextField } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useForm } from '../../../lib/use-form';
import { validatePassword, validateRequired } from '../../../lib/validation';
import { useChangePassword } from '../api/change-password';

export function ChangePasswordForm() {
  const change = useChangePassword();
  const form = useForm(
    { current: '', next: '', confirm: '' },
    { current: validateRequired('your current password'), next: validatePassword },
  );
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="Change password"
      onSubmit={form.handleSubmit(
        (values) =>
          change.mutate({ current_password: values.current, new_password: values.next }, { onSuccess: () => form.reset() }),
        (values) => ({
          ...(values.confirm !== values.next ? { confirm: 'The new passwords do not match.' } : {}),
          ...(values.next !== '' && values.next === values.current ? { next: 'Choose a password different from the current one.' } : {}),
        }),
      )}
    >
      {change.isError && <Alert>{messageOf(change.error)}</Alert>}
      {change.isSuccess && <Alert kind="success">Password changed. Your other sessions were signed out.</Alert>}
      <TextField
        label="Current password"
        name="current"
        type="password"
        autoComplete="current-password"
        value={form.values.current}
        error={form.errors.current}
        onChange={(e) => form.setValue('current', e.target.value)}
      />
      <TextField
        label="New password"
        name="next"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        value={form.values.next}
        error={form.errors.next}
        onChange={(e) => form.setValue('next', e.target.value)}
      />
      <TextField
        label="Confirm new password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        value={form.values.confirm}
        error={form.errors.confirm}
        onChange={(e) => form.setValue('confirm', e.target.value)}
      />
      <Button type="submit" busy={change.isPending}>
        {change.isPending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
