import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { clearFlash, peekFlash } from '../../../lib/flash';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSession } from '../../../lib/use-session';
import { AuthLayout } from './AuthLayout';
import { LoginForm } from './LoginForm';
import { SignupForm } from './SignupForm';

function useReturnTo(): string {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return from && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  useDocumentTitle('Sign in');
  const session = useSession();
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  const [flash] = useState(peekFlash);
  useEffect(() => clearFlash(), []);
  if (session) return <Navigate to={returnTo} replace />;
  return (
    <AuthLayout title="Sign in to your account">
      <LoginForm notice={flash} onSignedIn={() => navigate(returnTo, { replace: true })} />
    </AuthLayout>
  );
}

export function SignupPage() {
  useDocumentTitle('Create an account');
  const session = useSession();
  const navigate = useNavigate();
  if (session) return <Navigate to="/" replace />;
  return (
    <AuthLayout title="Create your account">
      <SignupForm onSignedUp={() => navigate('/', { replace: true })} />
    </AuthLayout>
  );
}
