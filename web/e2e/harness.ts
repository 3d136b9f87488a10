// Browser test harness: the real server on a free port with a fresh data dir and the demo
// municipality, and Debian's Chromium driven by playwright-core.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'varanto-demo-2026';
const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOT_DIR = join(REPO, 'test-artifacts', 'screenshots');

/**
 * Whether the browser tests can run. Without Chromium they fail in CI (the browser is part of
 * the CI set-up) and are skipped locally.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH. Browser tests do not skip in CI.`);
  }
  console.warn(`Skipping browser tests: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH).`);
  return false;
}

/** Builds web/dist when missing or older than web/src, as `npm start` does. */
export function ensureWebBuild() {
  execFileSync(process.execPath, [join(REPO, 'scripts/ensure-web-build.js')], { cwd: REPO, stdio: 'inherit' });
}

export interface Harness {
  baseUrl: string;
  browser: Browser;
  newPage(opts?: { locale?: string }): Promise<{ context: BrowserContext; page: Page }>;
  /** Logs in over the API (for test data set-up) and returns a JSON caller. */
  apiAs(username: string, password?: string): Promise<ApiCaller>;
  close(): Promise<void>;
}

export type ApiCaller = (method: string, path: string, body?: unknown) => Promise<any>;

export async function startHarness(): Promise<Harness> {
  ensureWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'varanto-e2e-'));
  const { startServer } = await import('../../src/cli/commands/serve.ts');
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(dataDir, 'db'), demo: true, demoPersons: 400, quiet: true });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    baseUrl,
    browser,
    async newPage(opts = {}) {
      const context = await browser.newContext({ baseURL: baseUrl, locale: opts.locale ?? 'fi-FI', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      return { context, page };
    },
    async apiAs(username, password = DEMO_PASSWORD) {
      const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
      const cookie = String(res.headers.get('set-cookie')).split(';')[0]!;
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return async (method, path, body) => {
        const r = await fetch(`${baseUrl}/api/v1${path}`, {
          method,
          headers: { cookie, 'x-csrf-token': csrfToken, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
        const text = await r.text();
        if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text.slice(0, 300)}`);
        return text ? JSON.parse(text) : null;
      };
    },
    async close() {
      await browser.close().catch(() => {});
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Axe violations of impact serious or critical, as readable lines (empty when none). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as any }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * Options for `expect.poll` on what the page shows: a locator's text is read once by
 * `textContent()`, so a check right after a click could read the page before React has
 * re-rendered it with the server's answer. Polling waits for it, up to the same time as
 * Playwright's own waits.
 */
export const POLL = { timeout: 15_000, interval: 100 } as const;
