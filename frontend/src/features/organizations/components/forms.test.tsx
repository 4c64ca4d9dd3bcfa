import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderWithProviders } from '../../../../tests/support/render';
import { CreateOrganizationForm } from './CreateOrganizationForm';
import { InviteForm } from './InvitationsSection';

describe('the create-organization form', () => {
  it('refuses names the API refuses', async () => {
    const { calls } = fakeApi(() => ({ status: 201, body: {} }));
    renderWithProviders(<CreateOrganizationForm />);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Name'), 'Acme!');
    await u.click(screen.getByRole('button', { name: 'Create organization' }));
    expect(screen.getByText('Use only letters, digits, spaces, dashes and underscores.')).toBeInTheDocument();
    await u.clear(screen.getByLabelText('Name'));
    await u.type(screen.getByLabelText('Name'), 'ab');
    await u.click(screen.getByRole('button', { name: 'Create organization' }));
    expect(screen.getByText('Organization names are 3 to 50 characters long.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('creates an organization with a trimmed name', async () => {
    const { calls } = fakeApi(() => ({ status: 201, body: { id: 'o1', name: 'Acme Data', owner_id: 'u1' } }));
    renderWithProviders(<CreateOrganizationForm />);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Name'), '  Acme Data ');
    await u.click(screen.getByRole('button', { name: 'Create organization' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/organizations', body: { name: 'Acme Data', description: '' } });
  });
});

describe('the invitation form', () => {
  it('offers admins only the member role', () => {
    fakeApi(() => ({ status: 201, body: {} }));
    renderWithProviders(<InviteForm orgId="o1" callerRole="admin" />);
    const options = [...screen.getByLabelText<HTMLSelectElement>('Role').options].map((o) => o.value);
    expect(options).toEqual(['member']);
  });

  it('validates the address, then invites with the chosen role', async () => {
    const { calls } = fakeApi(() => ({ status: 201, body: { id: 'i1', email: 'bob@example.com', role: 'admin' } }));
    renderWithProviders(<InviteForm orgId="o1" callerRole="owner" />);
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Email address'), 'bob@example');
    await u.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(screen.getByText(/Enter a valid email address/)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    await u.type(screen.getByLabelText('Email address'), '.com');
    await u.selectOptions(screen.getByLabelText('Role'), 'admin');
    await u.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('Invitation sent to bob@example.com.')).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ path: '/api/organizations/o1/invitations', body: { email: 'bob@example.com', role: 'admin' } });
  });
});
