// Runs with the unit tests (jsdom), but checks node-side test support: typed by tsconfig.node.json.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchConsole } from '../support/journey.node';

/** Just what the watch uses of a playwright Page: its events and its address. */
class FakePage {
  private readonly handlers = new Map<string, ((arg: unknown) => void)[]>();
  constructor(private readonly address: string) {}
  on(event: string, handler: (arg: unknown) => void): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  url(): string {
    return this.address;
  }
  log(type: string, text: string): void {
    for (const handler of this.handlers.get('console') ?? []) handler({ type: () => type, text: () => text });
  }
  throw(message: string): void {
    for (const handler of this.handlers.get('pageerror') ?? []) handler(new Error(message));
  }
  asPage(): Page {
    return this as unknown as Page;
  }
}

const failedLoad = (status: number) => `Failed to load resource: the server responded with a status of ${status} (Unauthorized)`;

// The journeys' last step passes only when this finds nothing; were it to let too much through, no
// journey could catch a console error.
describe('the journeys’ console watch', () => {
  it('lets through only the expected statuses, and only within a step that expects them', async () => {
    const { watch, expectingHttpErrors, unexpectedProblems } = watchConsole();
    const fake = new FakePage('http://127.0.0.1/login');
    watch(fake.asPage(), 'owner');

    fake.log('error', failedLoad(401));
    await expectingHttpErrors(async () => {
      fake.log('error', failedLoad(401));
      fake.log('error', failedLoad(500));
      fake.log('warning', 'React Router future flag');
      fake.throw('boom');
    });
    fake.log('log', 'not a problem');
    fake.log('info', 'not a problem either');

    expect(unexpectedProblems([401, 429])).toEqual([
      `owner: error: ${failedLoad(401)} (at http://127.0.0.1/login)`,
      `owner: error: ${failedLoad(500)} (at http://127.0.0.1/login)`,
      'owner: warning: React Router future flag (at http://127.0.0.1/login)',
      'owner: uncaught: boom (at http://127.0.0.1/login)',
    ]);
  });

  it('ends the expecting window even when the step fails', async () => {
    const { watch, expectingHttpErrors, unexpectedProblems } = watchConsole();
    const fake = new FakePage('http://127.0.0.1/account');
    watch(fake.asPage(), 'mira');
    await expect(expectingHttpErrors(() => Promise.reject(new Error('step failed')))).rejects.toThrow('step failed');
    fake.log('error', failedLoad(401));
    expect(unexpectedProblems([401])).toHaveLength(1);
  });

  it('keeps each watch’s problems apart', () => {
    const first = watchConsole();
    const second = watchConsole();
    const fake = new FakePage('http://127.0.0.1/');
    first.watch(fake.asPage(), 'first');
    fake.log('error', 'only the first saw this');
    expect(first.unexpectedProblems([401])).toHaveLength(1);
    expect(second.unexpectedProblems([401])).toEqual([]);
  });

  it('refuses expected statuses that are not HTTP errors', () => {
    const { unexpectedProblems } = watchConsole();
    expect(() => unexpectedProblems([])).toThrow(/4xx or 5xx/);
    expect(() => unexpectedProblems([200])).toThrow(/got \[200\]/);
  });
});
