import { Link } from 'react-router-dom';
import { Alert, Button, TextField } from '../../../components/ui';
import { messageOf } from '../../../lib/errors';
import { useForm } from '../../../lib/use-form';
import { validateEmail, validatePassword, validateUsername } from '../../../lib/validation';
import { useSignup } from '../api/signup';

export function SignupForm({ onSignedUp }: { onSignedUp: () => void }) {
  const signup = useSignup();
  const form = useForm(
    { username: '', email: '', password: '', confirm: '' },
    { username: validateUsername, email: validateEmail, password: validatePassword },
  );
  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={form.handleSubmit(
        (values) =>
          signup.mutate(
            { username: values.username, email: values.email.trim(), password: values.password },
            { onSuccess: onSignedUp },
          ),
        (values) => (values.confirm !== values.password ? { confirm: 'The passwords do not match.' } : {}),
      )}
    >
      {signup.isError && <Alert>{messageOf(signup.error)}</Alert>}
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        hint="3 to 32 letters, digits, dots, dashes or underscores."
        value={form.values.username}
        error={form.errors.username}
        onChange={(e) => form.setValue('username', e.target.value)}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        value={form.values.email}
        error={form.errors.email}
        onChange={(e) => form.setValue('email', e.target.value)}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        value={form.values.password}
        error={form.errors.password}
        onChange={(e) => form.setValue('password', e.target.value)}
      />
      <TextField
        label="Confirm password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        value={form.values.confirm}
        error={form.errors.confirm}
        onChange={(e) => form.setValue('confirm', e.target.value)}
      />
      <Button type="submit" busy={signup.isPending} className="btn-block">
        {signup.isPending ? 'Creating account…' : 'Create account'}
      </Button>
      <p className="auth-switch">
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </form>
  );
}
