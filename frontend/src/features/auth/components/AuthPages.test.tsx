import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../tests/support/render';
import { peekFlash, setFlash } from '../../../lib/flash';
import { setSession } from '../../../lib/session';
import { LoginPage } from './AuthPages';

beforeEach(() => {
  sessionStorage.clear();
  setSession(null);
});

describe('the sign-in page', () => {
  it('shows the notice left by the screen that ended the session, once', () => {
    setFlash('Your account and everything stored with it were deleted.');
    const first = renderWithProviders(<LoginPage />, { route: '/login' });
    expect(screen.getByRole('status')).toHaveTextContent('Your account and everything stored with it were deleted.');
    expect(peekFlash()).toBeNull();
    first.unmount();
    renderWithProviders(<LoginPage />, { route: '/login' });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
