/**
 * Journeys through the real console: the built SPA served by the repository's nginx config, the
 * real service on an empty SQLite file, Debian's Chromium. Screenshots of every screen land in
 * test-results/screenshots/.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, tokenOf, watchConsole } from '../support/journey.node';
import { startStack, type Stack } from '../support/stack.node';

const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'staple battery horse';
const owner = { username: 'olivia', email: 'olivia@example.com' };
const teammate = { username: 'bruno', email: 'bruno@example.com' };

let stack: Stack;
let ownerContext: BrowserContext;
let mateContext: BrowserContext;
let ownerPage: Page;
let matePage: Page;
let orgUrl = '';

/** Failed loads a step provokes on purpose: 401 (an expired access token, a wrong password) and 429 (the lockout). */
const EXPECTED_HTTP_ERRORS = [401, 429];
const { watch, expectingHttpErrors, unexpectedProblems } = watchConsole();

async function newPage(label: string, viewport = { width: 1280, height: 860 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({ viewport });
  const page = watch(await context.newPage(), label);
  page.setDefaultTimeout(15_000);
  return { context, page };
}

async function signUp(page: Page, user: { username: string; email: string }): Promise<void> {
  await page.goto(`${stack.baseUrl}/signup`);
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
}

async function callApi(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  stack = await startStack();
  ({ context: ownerContext, page: ownerPage } = await newPage('owner'));
  ({ context: mateContext, page: matePage } = await newPage('teammate'));
});

afterAll(async () => {
  if (stack && process.env.HOWLER_E2E_VERBOSE) console.log(stack.serviceLog());
  await stack?.stop();
});

describe('the web console, end to end', () => {
  it('sends a signed-out visitor to sign in, and validates sign-up before sending', async () => {
    const page = ownerPage;
    // nginx proxies readiness to the service, as the ingress does in production.
    const ready = await fetch(`${stack.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    await page.goto(`${stack.baseUrl}/organizations`);
    await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await shot(page, '01-login');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Username').fill('ol');
    await page.getByLabel('Email').fill('olivia@');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Usernames are 3 to 32 characters long.').isVisible()).resolves.toBe(true);
    await expect(page.getByText(/Enter a valid email address/).isVisible()).resolves.toBe(true);
    await shot(page, '02-signup-validation');
  });

  it('signs up the owner and shows an empty dashboard', async () => {
    await signUp(ownerPage, owner);
    await ownerPage.getByText('Nothing synced yet').waitFor();
    await expect(ownerPage.getByTestId('signed-in-user').textContent()).resolves.toBe(owner.username);
    await shot(ownerPage, '03-dashboard-empty');
  });

  it('keeps the session across a reload, and starts keyboard users at a skip link', async () => {
    await ownerPage.reload();
    await ownerPage.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await ownerPage.keyboard.press('Tab');
    await expect(ownerPage.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
  });

  it('refreshes an expired access token silently, once, with the real service', async () => {
    const page = ownerPage;
    const before = await page.evaluate(() => JSON.parse(localStorage.getItem('howler.session') ?? '{}') as { token: string; refresh_token: string });
    // An access token the service no longer accepts, as after its expiry.
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('howler.session') ?? '{}') as Record<string, unknown>;
      localStorage.setItem('howler.session', JSON.stringify({ ...s, token: 'expired.access.token' }));
    });
    const refreshes: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/auth/refresh')) refreshes.push(r.url());
    });
    await expectingHttpErrors(async () => {
      await page.reload();
      await page.getByText('Nothing synced yet').waitFor();
    });
    const after = await page.evaluate(() => JSON.parse(localStorage.getItem('howler.session') ?? '{}') as { token: string; refresh_token: string });
    expect(refreshes).toHaveLength(1);
    expect(after.token).not.toBe('expired.access.token');
    expect(after.refresh_token).not.toBe(before.refresh_token);
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toBe(owner.username);
  });

  it('creates an organization', async () => {
    const page = ownerPage;
    await page.getByRole('link', { name: 'Organizations' }).click();
    await page.getByText('You are not in any organization yet').waitFor();
    await page.getByLabel('Name').fill('Acme Data');
    await page.getByLabel('Description (optional)').fill('The data team');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.getByRole('heading', { name: 'Acme Data' }).waitFor();
    await expect(page.getByTestId('caller-role').textContent()).resolves.toBe('owner');
    orgUrl = page.url();
    expect(new URL(orgUrl).pathname).toMatch(/^\/organizations\/.+/);
  });

  it('invites a second user by email', async () => {
    const page = ownerPage;
    await page.getByLabel('Email address').fill(teammate.email);
    await page.getByLabel('Role', { exact: true }).selectOption('member');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${teammate.email}.`).waitFor();
    await page.getByTestId('org-invitation-item').filter({ hasText: teammate.email }).waitFor();
    await page.getByRole('list', { name: 'Audit log entries' }).getByText('sent an invitation').waitFor();
    await shot(page, '04-organization-owner');
  });

  it('lets the second user sign up and accept the invitation', async () => {
    const page = matePage;
    await signUp(page, teammate);
    await page.getByRole('link', { name: /Invitations/ }).click();
    const invitation = page.getByTestId('my-invitation-item').filter({ hasText: 'Acme Data' });
    await invitation.waitFor();
    await shot(page, '05-invitations');
    await page.getByRole('button', { name: 'Accept invitation to Acme Data' }).click();
    await page.getByText('You joined the organization.').waitFor();
    await page.getByText('No pending invitations').waitFor();

    await page.goto(orgUrl);
    await page.getByRole('heading', { name: 'Acme Data' }).waitFor();
    await expect(page.getByTestId('caller-role').textContent()).resolves.toBe('member');
    // A member sees the members but none of the controls the matrix keeps from them.
    await page.getByTestId('member-item').filter({ hasText: owner.username }).waitFor();
    await expect(page.getByRole('button', { name: /Change role/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Remove/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Invitations' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Audit log' }).count()).resolves.toBe(0);
    await shot(page, '06-organization-member');
  });

  it('lets the owner change the new member’s role', async () => {
    const page = ownerPage;
    await page.goto(orgUrl);
    const row = page.getByTestId('member-item').filter({ hasText: teammate.username });
    await expect(row.getByTestId('member-role').textContent()).resolves.toBe('member');
    // The owner's own row offers nothing: the owner's role cannot change.
    await expect(page.getByRole('button', { name: `Change role of ${owner.username}` }).count()).resolves.toBe(0);
    await page.getByLabel(`Role of ${teammate.username}`, { exact: true }).selectOption('admin');
    await page.getByRole('button', { name: `Change role of ${teammate.username}` }).click();
    await row.getByTestId('member-role').filter({ hasText: 'admin' }).waitFor();
    await page.getByRole('list', { name: 'Audit log entries' }).getByText('changed a member’s role').waitFor();
    await shot(page, '07-role-changed');

    // The promoted admin now manages invitations but cannot touch the owner.
    await matePage.reload();
    await expect(matePage.getByTestId('caller-role').textContent()).resolves.toBe('admin');
    await matePage.getByRole('heading', { name: 'Invitations' }).waitFor();
    await expect(matePage.getByRole('button', { name: `Remove ${owner.username}` }).count()).resolves.toBe(0);
  });

  it('lets an invitee decline, and the owner revoke an invitation and remove a member', async () => {
    const page = ownerPage;
    await page.goto(orgUrl);
    for (const email of ['carol@example.com', 'dave@example.com']) {
      await page.getByLabel('Email address').fill(email);
      await page.getByRole('button', { name: 'Send invitation' }).click();
      await page.getByTestId('org-invitation-item').filter({ hasText: email }).waitFor();
    }
    const { context, page: carol } = await newPage('invitee');
    try {
      await signUp(carol, { username: 'carol', email: 'carol@example.com' });
      await carol.getByRole('link', { name: /Invitations/ }).click();
      await carol.getByRole('button', { name: 'Decline invitation to Acme Data' }).click();
      await carol.getByText('Invitation declined.').waitFor();
      await carol.getByText('No pending invitations').waitFor();
    } finally {
      await context.close();
    }
    const dave = page.getByTestId('org-invitation-item').filter({ hasText: 'dave@example.com' });
    await dave.getByRole('button', { name: 'Revoke invitation of dave@example.com' }).click();
    await dave.getByRole('button', { name: /Confirm revoke/ }).click();
    await dave.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByText('No pending invitations').waitFor();
    await page.getByRole('list', { name: 'Audit log entries' }).getByText('declined an invitation').waitFor();
    await page.getByRole('list', { name: 'Audit log entries' }).getByText('revoked an invitation').waitFor();

    // The promoted admin can remove plain members only; the owner removes anyone but themselves.
    const row = page.getByTestId('member-item').filter({ hasText: teammate.username });
    await row.getByRole('button', { name: `Remove ${teammate.username}` }).click();
    await row.getByRole('button', { name: /Confirm remove/ }).click();
    await row.waitFor({ state: 'detached' });
    await matePage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organizations' }).click();
    await matePage.getByText('You are not in any organization yet').waitFor();
  });

  it('shows what the desktop app synced, with search and type filter', async () => {
    const token = await tokenOf(ownerPage);
    const now = new Date().toISOString();
    const change = (item_type: string, data: Record<string, unknown>) => ({
      id: `chg-${String(data.id)}`,
      item_type,
      item_id: data.id,
      action: 'create',
      data,
      updated_at: now,
      sync_version: 0,
    });
    const upload = await callApi(token, 'POST', '/api/sync/upload', {
      device_id: 'desktop-e2e',
      changes: [
        change('connection', { id: 'conn-prod', name: 'Production DB', type: 'postgres', host: 'db.internal', port: 5432, database: 'app', username: 'readonly' }),
        change('connection', { id: 'conn-wh', name: 'Analytics Warehouse', type: 'mysql', host: 'wh.internal', port: 3306, database: 'dw' }),
        change('saved_query', { id: 'q-active', name: 'Active users', query: 'SELECT * FROM users WHERE active', tags: ['users'] }),
        change('query_history', { id: 'h-1', query: 'SELECT count(*) FROM orders', executed_at: now, duration_ms: 12, rows_affected: 1, success: true }),
        // Refused alone: credentials never sync.
        change('connection', { id: 'conn-bad', name: 'With password', type: 'postgres', password: 'hunter2' }),
      ],
    });
    expect(upload.status).toBe(200);
    expect(upload.json.rejected).toHaveLength(1);

    const page = ownerPage;
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByText('Production DB').waitFor();
    await page.getByText('Showing 4 of 4 items.').waitFor();
    await expect(page.getByText('With password').count()).resolves.toBe(0);
    await expect(page.content()).resolves.not.toContain('hunter2');
    await shot(page, '08-dashboard');

    await page.getByLabel('Search').fill('warehouse');
    await page.getByText('Showing 1 of 4 items.').waitFor();
    await expect(page.getByText('Production DB').count()).resolves.toBe(0);
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Type').selectOption('query_history');
    await page.getByText('Showing 1 of 4 items.').waitFor();
    await page.getByText('SELECT count(*) FROM orders').waitFor();
    await page.getByLabel('Type').selectOption('all');
  });

  it('deletes an item, which syncs to other devices as a tombstone', async () => {
    const page = ownerPage;
    const item = page.getByTestId('connection-item').filter({ hasText: 'Production DB' });
    await item.getByRole('button', { name: 'Delete connection Production DB' }).click();
    await item.getByRole('button', { name: /Confirm delete/ }).click();
    await item.waitFor({ state: 'detached' });
    await page.getByText('Showing 3 of 3 items.').waitFor();
    await page.reload();
    await page.getByText('Analytics Warehouse').waitFor();
    await expect(page.getByText('Production DB').count()).resolves.toBe(0);

    const download = await callApi(await tokenOf(page), 'GET', '/api/sync/download?device_id=laptop-e2e');
    expect(download.json.deleted).toEqual(expect.arrayContaining([expect.objectContaining({ item_type: 'connection', item_id: 'conn-prod' })]));
  });

  it('resolves a sync conflict with "keep mine"', async () => {
    const token = await tokenOf(ownerPage);
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
    // A laptop that never saw version 1 edits the query: the server keeps its newer copy and a conflict.
    const upload = await callApi(token, 'POST', '/api/sync/upload', {
      device_id: 'laptop-e2e',
      changes: [
        {
          id: 'chg-laptop',
          item_type: 'saved_query',
          item_id: 'q-active',
          action: 'update',
          data: { id: 'q-active', name: 'Active users (laptop)', query: 'SELECT id FROM users WHERE active' },
          updated_at: anHourAgo,
          sync_version: 0,
        },
      ],
    });
    expect(upload.json.conflicts).toHaveLength(1);

    const page = ownerPage;
    await page.reload();
    await page.getByText('1 sync conflict needs your decision.').waitFor();
    await page.getByRole('link', { name: 'Resolve conflicts' }).click();
    const conflict = page.getByTestId('conflict-item');
    await conflict.getByText('Saved query: Active users (laptop)').waitFor();
    await shot(page, '09-conflicts');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await page.getByText('Conflict resolved.').waitFor();
    await page.getByText('No conflicts').waitFor();

    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByText('Active users (laptop)').waitFor();
  });

  it('changes the password, showing a wrong current password in words', async () => {
    const page = ownerPage;
    await page.getByRole('link', { name: 'Account' }).click();
    await expect(page.getByTestId('profile-username').textContent()).resolves.toBe(owner.username);
    await shot(page, '10-account');

    await expectingHttpErrors(async () => {
      await page.getByLabel('Current password').fill('not my password');
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByRole('alert').filter({ hasText: 'Current password is incorrect.' }).waitFor();
    });
    // Still signed in: a wrong password is an answer, not an ended session.
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toBe(owner.username);

    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Your other sessions were signed out.').waitFor();
  });

  it('signs out, and signs back in with the new password', async () => {
    const page = ownerPage;
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
    await page.goto(`${stack.baseUrl}/account`);
    await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
    await page.getByLabel('Username or email').fill(owner.email);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back where the visitor wanted to go.
    await page.getByRole('heading', { name: 'Account' }).waitFor();
  });

  it('tells a throttled user when to try again', async () => {
    const { context, page } = await newPage('throttled');
    try {
      await expectingHttpErrors(async () => {
        await page.goto(`${stack.baseUrl}/login`);
        let message = '';
        for (let attempt = 1; attempt <= 8 && !message.startsWith('Too many attempts'); attempt++) {
          await page.getByLabel('Username or email').fill('mallory');
          await page.getByLabel('Password').fill(`guess number ${attempt}`);
          await page.getByRole('button', { name: 'Sign in' }).click();
          const alert = page.getByRole('alert');
          await alert.waitFor();
          await page.waitForFunction(() => !document.querySelector('button[aria-busy="true"]'));
          message = (await alert.textContent()) ?? '';
          if (!message.startsWith('Too many attempts')) expect(message).toBe('Invalid username or password.');
        }
        expect(message).toMatch(/^Too many attempts\. Try again in \d+ (seconds?|minutes?)\.$/);
        await shot(page, '11-login-throttled');
      });
    } finally {
      await context.close();
    }
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { context, page } = await newPage('phone', { width: 390, height: 844 });
    try {
      await page.goto(`${stack.baseUrl}/login`);
      await page.getByLabel('Username or email').fill(owner.username);
      await page.getByLabel('Password').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      for (const [path, heading, name] of [
        ['/', 'Dashboard', '12-phone-dashboard'],
        [new URL(orgUrl).pathname, 'Acme Data', '13-phone-organization'],
      ] as const) {
        await page.goto(`${stack.baseUrl}${path}`);
        await page.getByRole('heading', { name: heading }).waitFor();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        await shot(page, name);
      }
    } finally {
      await context.close();
    }
  });

  it('signs out every session of the user with "Sign out everywhere"', async () => {
    const roamer = { username: 'roamer', email: 'roamer@example.com' };
    const laptop = await newPage('roamer laptop');
    const phone = await newPage('roamer phone', { width: 390, height: 844 });
    try {
      await signUp(laptop.page, roamer);
      await phone.page.goto(`${stack.baseUrl}/login`);
      await phone.page.getByLabel('Username or email').fill(roamer.username);
      await phone.page.getByLabel('Password').fill(PASSWORD);
      await phone.page.getByRole('button', { name: 'Sign in' }).click();
      await phone.page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const phoneToken = await tokenOf(phone.page);
      expect((await callApi(phoneToken, 'GET', '/api/auth/me')).status).toBe(200);

      await laptop.page.goto(`${stack.baseUrl}/account`);
      await laptop.page.getByRole('button', { name: 'Sign out everywhere' }).click();
      await laptop.page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
      // The other device's session ended on the server too, not just in this browser.
      expect((await callApi(phoneToken, 'GET', '/api/auth/me')).status).toBe(401);
    } finally {
      await laptop.context.close();
      await phone.context.close();
    }
  });

  it('logged no console errors or warnings on any page', async () => {
    await ownerContext.close();
    await mateContext.close();
    expect(unexpectedProblems(EXPECTED_HTTP_ERRORS)).toEqual([]);
  });
});
