/**
 * Journeys of the account's security and data, on a desktop and on a phone: turning two-factor
 * sign-in on (QR code, key, recovery codes shown once and downloaded), signing in with a code and
 * with a recovery code, turning it off, downloading my data, deleting the account, and the 409 a
 * sole owner of an organization with members gets. The built SPA behind the repository's nginx
 * config, the real service jar on an empty SQLite file, Debian's Chromium; codes come from an
 * RFC 6238 authenticator fed the key the page shows. Screenshots land in test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { shot, tokenOf, watchConsole } from '../support/journey.node';
import { startStack, type Stack } from '../support/stack.node';
import { Authenticator } from '../support/totp.node';

const PASSWORD = 'correct horse battery';

const LAYOUTS = [
  { name: 'desktop', viewport: { width: 1280, height: 860 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

let stack: Stack;

/** Failed loads a step provokes on purpose: refused codes, a used recovery code, a deleted account's sign-in, the sole owner's 409. */
const EXPECTED_HTTP_ERRORS = [400, 401, 409];
const { watch, expectingHttpErrors, unexpectedProblems } = watchConsole();

async function newPage(label: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({ viewport, acceptDownloads: true });
  const page = watch(await context.newPage(), label);
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** The page fits its viewport: nothing makes the user scroll sideways. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `sideways overflow on ${where}`).toBeLessThanOrEqual(0);
}

async function callApi(token: string | undefined, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${stack.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

async function apiSignUp(username: string): Promise<string> {
  const reply = await callApi(undefined, 'POST', '/api/auth/signup', { username, email: `${username}@example.com`, password: PASSWORD });
  expect(reply.status, JSON.stringify(reply.json)).toBe(201);
  return reply.json.token as string;
}

async function signUp(page: Page, username: string): Promise<void> {
  await page.goto(`${stack.baseUrl}/signup`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(`${username}@example.com`);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
}

/** The password step; resolves once the page asks for the second factor. */
async function enterPassword(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto(`${stack.baseUrl}/login`);
  await page.getByLabel('Username or email').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signed in: the header names the user (sign-in returns to the page the user was sent away from). */
async function expectSignedIn(page: Page, username: string): Promise<void> {
  await page.getByTestId('signed-in-user').filter({ hasText: username }).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
}

async function openAccount(page: Page): Promise<void> {
  await page.goto(`${stack.baseUrl}/account`);
  await page.getByRole('heading', { name: 'Account', exact: true }).waitFor();
  await page.getByTestId('mfa-status').waitFor();
}

/** Clicks and returns the file the browser downloaded. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), click()]);
  const path = await (file as Download).path();
  return { name: (file as Download).suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Turns two-factor sign-in on through the API (for journeys that are not about turning it on). */
async function enableMfaByApi(token: string): Promise<{ authenticator: Authenticator; recoveryCodes: string[] }> {
  const setup = await callApi(token, 'POST', '/api/auth/mfa/setup');
  expect(setup.status, JSON.stringify(setup.json)).toBe(200);
  const authenticator = new Authenticator(setup.json.secret as string);
  const enable = await callApi(token, 'POST', '/api/auth/mfa/enable', { code: await authenticator.nextCode() });
  expect(enable.status, JSON.stringify(enable.json)).toBe(200);
  return { authenticator, recoveryCodes: enable.json.recovery_codes as string[] };
}

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  if (stack && process.env.HOWLER_E2E_VERBOSE) console.log(stack.serviceLog());
  await stack?.stop();
});

describe.each(LAYOUTS)('account security and data on a $name', ({ name: layout, viewport }) => {
  const mira = `${layout}-mira`;
  let context: BrowserContext;
  let page: Page;
  let authenticator: Authenticator;
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    ({ context, page } = await newPage(mira, viewport));
  });

  afterAll(async () => {
    await context?.close();
  });

  // What the page showed when a step failed, to read beside the error.
  afterEach(async (test) => {
    if (test.task.result?.state === 'fail' && page && !page.isClosed()) {
      await shot(page, `failed-${layout}-${test.task.name.slice(0, 40).replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);
    }
  });

  it('turns on two-factor sign-in: QR code and key, recovery codes shown once and downloadable', async () => {
    await signUp(page, mira);
    // Something synced, so that the export has items of mine to carry.
    const now = new Date().toISOString();
    const change = (item_type: string, data: Record<string, unknown>) => ({ id: `chg-${String(data.id)}`, item_type, item_id: data.id, action: 'create', data, updated_at: now, sync_version: 0 });
    const upload = await callApi(await tokenOf(page), 'POST', '/api/sync/upload', {
      device_id: `desktop-${layout}`,
      changes: [
        change('connection', { id: `conn-${layout}`, name: `Orders DB (${layout})`, type: 'postgres', host: 'db.internal', port: 5432, database: 'orders' }),
        change('saved_query', { id: `q-${layout}`, name: `Late shipments (${layout})`, query: 'SELECT * FROM shipments WHERE late' }),
      ],
    });
    expect(upload.status).toBe(200);

    await openAccount(page);
    await expect(page.getByTestId('mfa-status').textContent()).resolves.toBe('off');
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
    await qr.waitFor();
    const box = await qr.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(150);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
    const secret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}=*$/);
    // Nothing changes until a code confirms the app has the key.
    expect((await callApi(await tokenOf(page), 'GET', '/api/auth/me')).json.mfa_enabled).toBe(false);
    await expectNoSidewaysScroll(page, `${layout} two-factor setup`);
    await shot(page, `20-${layout}-mfa-setup`);

    authenticator = new Authenticator(secret);
    await page.getByLabel('Code from the app').fill(await authenticator.nextCode());
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    const list = page.getByRole('list', { name: 'Recovery codes' });
    await list.waitFor();
    recoveryCodes = (await list.getByRole('listitem').allTextContents()).map((c) => c.trim());
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    await expectNoSidewaysScroll(page, `${layout} recovery codes`);
    await shot(page, `21-${layout}-mfa-recovery-codes`);

    const file = await download(page, () => page.getByRole('button', { name: 'Download recovery codes' }).click());
    expect(file.name).toBe('sql-studio-recovery-codes.txt');
    const lines = file.text.split('\n');
    for (const code of recoveryCodes) expect(lines).toContain(code);

    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await expect(page.getByTestId('mfa-status').textContent()).resolves.toBe('on');
    // Shown once: neither this page nor a fresh load shows them again.
    await page.reload();
    await page.getByTestId('mfa-status').waitFor();
    await expect(page.content()).resolves.not.toContain(recoveryCodes[0]);
    expect((await callApi(await tokenOf(page), 'GET', '/api/auth/me')).json.mfa_enabled).toBe(true);
  });

  it('signs in with the code of the authenticator app, and refuses a wrong or replayed one', async () => {
    await signOut(page);
    await enterPassword(page, mira);
    await page.getByRole('heading', { name: 'Two-factor sign-in' }).waitFor();
    // The password alone gave no session.
    await expect(page.evaluate(() => localStorage.getItem('howler.session'))).resolves.toBeNull();
    await expectNoSidewaysScroll(page, `${layout} two-factor sign-in`);
    await shot(page, `22-${layout}-mfa-sign-in`);

    const code = await authenticator.nextCode();
    await page.getByLabel('Authentication code').fill(code);
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await expectSignedIn(page, mira);

    // The same code again, within its time step: refused, as a stolen one would be.
    await signOut(page);
    await enterPassword(page, mira);
    await page.getByRole('heading', { name: 'Two-factor sign-in' }).waitFor();
    await expectingHttpErrors(async () => {
      await page.getByLabel('Authentication code').fill(code);
      await page.getByRole('button', { name: 'Verify and sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'That code was already used. Wait for the next code from your authenticator app.' }).waitFor();
    });
    await expect(page.evaluate(() => localStorage.getItem('howler.session'))).resolves.toBeNull();
  });

  it('signs in with a recovery code, which works once', async () => {
    await enterPassword(page, mira);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await expectSignedIn(page, mira);
    await expectNoSidewaysScroll(page, `${layout} signed in with a recovery code`);

    await signOut(page);
    await enterPassword(page, mira);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await expectingHttpErrors(async () => {
      await page.getByLabel('Recovery code').fill(recoveryCodes[0]!);
      await page.getByRole('button', { name: 'Verify and sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'That recovery code is not valid or was already used.' }).waitFor();
    });
    await shot(page, `23-${layout}-mfa-recovery-code-used`);
    // A fresh password step, then another recovery code.
    await enterPassword(page, mira);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[1]!);
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await expectSignedIn(page, mira);
  });

  it('downloads my data as one JSON file holding my items', async () => {
    await openAccount(page);
    const file = await download(page, () => page.getByRole('button', { name: 'Download my data' }).click());
    expect(file.name).toMatch(/\.json$/);
    const data = JSON.parse(file.text) as unknown;
    const text = JSON.stringify(data);
    expect(text).toContain(mira);
    expect(text).toContain(`${mira}@example.com`);
    expect(text).toContain(`Orders DB (${layout})`);
    expect(text).toContain(`Late shipments (${layout})`);
    expect(text).not.toContain(PASSWORD);
    await page.getByRole('status').filter({ hasText: `Your data was downloaded as ${file.name}.` }).waitFor();
    await expectNoSidewaysScroll(page, `${layout} account page`);
    await shot(page, `24-${layout}-account-data-downloaded`);
  });

  it('turns two-factor sign-in off with the password and a code', async () => {
    await openAccount(page);
    const form = page.getByRole('form', { name: 'Turn off two-factor sign-in' });
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByLabel('Code from the app').fill(await authenticator.nextCode());
    await form.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
    await page.getByText('Two-factor sign-in is off. Signing in asks for your password only.').waitFor();
    await expect(page.getByTestId('mfa-status').textContent()).resolves.toBe('off');
    await shot(page, `25-${layout}-mfa-off`);

    await signOut(page);
    await enterPassword(page, mira);
    await expectSignedIn(page, mira);
  });

  it('deletes the account after a warning, with password and code: every session ends and sign-in no longer works', async () => {
    const dora = `${layout}-dora`;
    const otherDevice = await apiSignUp(dora);
    const { authenticator: doraApp, recoveryCodes: doraCodes } = await enableMfaByApi(otherDevice);
    const { context: doraContext, page: doraPage } = await newPage(dora, viewport);
    try {
      await enterPassword(doraPage, dora);
      await doraPage.getByRole('button', { name: 'Use a recovery code instead' }).click();
      await doraPage.getByLabel('Recovery code').fill(doraCodes[0]!);
      await doraPage.getByRole('button', { name: 'Verify and sign in' }).click();
      await expectSignedIn(doraPage, dora);

      await openAccount(doraPage);
      const card = doraPage.getByRole('region', { name: 'Delete my account' });
      await card.getByRole('note', { name: 'Warning' }).getByText('This cannot be undone.').waitFor();
      await card.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(doraPage, `${layout} delete account`);

      // Nothing goes without the acknowledgement.
      await card.getByLabel('Your password').fill(PASSWORD);
      await card.getByLabel('Code from your authenticator app').fill(await doraApp.nextCode());
      await card.getByRole('button', { name: 'Delete my account' }).click();
      await card.getByText('Tick the box to confirm that you want to delete your account.').waitFor();
      await card.getByRole('checkbox').check();
      await shot(doraPage, `26-${layout}-delete-account`);
      await card.getByRole('button', { name: 'Delete my account' }).click();

      await doraPage.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
      await doraPage.getByText('Your account and everything stored with it were deleted.').waitFor();
      await shot(doraPage, `27-${layout}-account-deleted`);
      // Every session ended at once, not only this browser's.
      expect((await callApi(otherDevice, 'GET', '/api/auth/me')).status).toBe(401);
      await expectingHttpErrors(async () => {
        await doraPage.getByLabel('Username or email').fill(dora);
        await doraPage.getByLabel('Password').fill(PASSWORD);
        await doraPage.getByRole('button', { name: 'Sign in' }).click();
        await doraPage.getByRole('alert').filter({ hasText: 'Invalid username or password.' }).waitFor();
      });
    } finally {
      await doraContext.close();
    }
  });

  it('tells the sole owner of an organization with members to transfer it first (409), and keeps them signed in', async () => {
    const olga = `${layout}-olga`;
    const member = `${layout}-max`;
    const orgName = `Olga Analytics ${layout}`;
    const olgaToken = await apiSignUp(olga);
    const org = await callApi(olgaToken, 'POST', '/api/organizations', { name: orgName });
    expect(org.status, JSON.stringify(org.json)).toBe(201);
    const orgId = org.json.id as string;
    const invite = await callApi(olgaToken, 'POST', `/api/organizations/${orgId}/invitations`, { email: `${member}@example.com`, role: 'member' });
    expect(invite.status, JSON.stringify(invite.json)).toBe(201);
    const memberToken = await apiSignUp(member);
    const mine = await callApi(memberToken, 'GET', '/api/invitations');
    const invitation = (mine.json.invitations as { id: string }[])[0]!;
    expect((await callApi(memberToken, 'POST', `/api/invitations/${invitation.id}/accept`)).status).toBe(200);

    const { context: olgaContext, page: olgaPage } = await newPage(olga, viewport);
    try {
      await enterPassword(olgaPage, olga);
      await expectSignedIn(olgaPage, olga);
      await openAccount(olgaPage);
      const card = olgaPage.getByRole('region', { name: 'Delete my account' });
      await card.getByLabel('Your password').fill(PASSWORD);
      await card.getByRole('checkbox').check();
      await expectingHttpErrors(async () => {
        await card.getByRole('button', { name: 'Delete my account' }).click();
        await card.getByRole('alert').filter({ hasText: orgName }).waitFor();
      });
      const message = (await card.getByRole('alert').textContent()) ?? '';
      expect(message).toMatch(/transfer/i);
      await card.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(olgaPage, `${layout} 409 on delete`);
      await shot(olgaPage, `28-${layout}-delete-sole-owner`);
      // Nothing was deleted and the session goes on.
      await expect(olgaPage.getByTestId('signed-in-user').textContent()).resolves.toBe(olga);
      expect((await callApi(await tokenOf(olgaPage), 'GET', '/api/auth/me')).status).toBe(200);
      expect((await callApi(memberToken, 'GET', `/api/organizations/${orgId}`)).status).toBe(200);
    } finally {
      await olgaContext.close();
    }
  });
});

describe('the console', () => {
  it('logged no console errors or warnings on any page of these journeys', () => {
    expect(unexpectedProblems(EXPECTED_HTTP_ERRORS)).toEqual([]);
  });
});
