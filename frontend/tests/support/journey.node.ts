/**
 * What every journey in tests/e2e does with its pages: a watch on the browser console, screenshots
 * into test-results/screenshots/, and the access token the SPA keeps in localStorage.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FRONTEND_DIR } from './nginx.node';

export const SCREENSHOTS = join(FRONTEND_DIR, 'test-results', 'screenshots');

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => (JSON.parse(localStorage.getItem('howler.session') ?? '{}') as { token: string }).token);
}

export interface ConsoleProblem {
  page: string;
  url: string;
  text: string;
  expectedHttpError: boolean;
}

export interface ConsoleWatch {
  /** Records every console error or warning and every uncaught exception of `page` under `label`. */
  watch(page: Page, label: string): Page;
  /**
   * Runs a step whose "Failed to load resource … <status>" lines are its point (a wrong password,
   * a replayed code), not a bug; which statuses that covers is up to `unexpectedProblems`.
   */
  expectingHttpErrors<T>(step: () => Promise<T>): Promise<T>;
  /**
   * Every recorded problem, as "label: text (at url)", except the failed loads that a step run by
   * `expectingHttpErrors` met with one of `expectedStatuses`.
   */
  unexpectedProblems(expectedStatuses: readonly number[]): string[];
}

/** One watch per journey file: its problems are judged once, at the end of that file. */
export function watchConsole(): ConsoleWatch {
  const problems: ConsoleProblem[] = [];
  let httpErrorsExpected = false;
  return {
    watch(page, label) {
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push({ page: label, url: page.url(), text: `${message.type()}: ${message.text()}`, expectedHttpError: httpErrorsExpected });
        }
      });
      page.on('pageerror', (error) => problems.push({ page: label, url: page.url(), text: `uncaught: ${error.message}`, expectedHttpError: false }));
      return page;
    },
    async expectingHttpErrors(step) {
      httpErrorsExpected = true;
      try {
        return await step();
      } finally {
        httpErrorsExpected = false;
      }
    },
    unexpectedProblems(expectedStatuses) {
      if (expectedStatuses.length === 0 || !expectedStatuses.every((s) => Number.isInteger(s) && s >= 400 && s <= 599)) {
        throw new Error(`expected HTTP error statuses must be 4xx or 5xx numbers, got [${expectedStatuses.join(', ')}]`);
      }
      const expectedHttp = new RegExp(`Failed to load resource: the server responded with a status of (${expectedStatuses.join('|')})\\b`);
      return problems.filter((p) => !(p.expectedHttpError && expectedHttp.test(p.text))).map((p) => `${p.page}: ${p.text} (at ${p.url})`);
    },
  };
}
