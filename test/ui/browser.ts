import * as fs from 'node:fs';
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Screenshots of the test run (artifacts, not committed: .data is ignored by git). */
export const ARTIFACTS = path.resolve(__dirname, '..', '..', '.data', 'ui-artifacts');

/** Debian's Chromium, headless, with nothing that would reach the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.NDIP_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A browser context (one user's session) whose UI starts in `language` unless the user switches. */
export async function newContext(browser: Browser, baseURL: string, language: 'kk' | 'ru' | 'en'): Promise<BrowserContext> {
  const ctx = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'Asia/Almaty' });
  await ctx.addInitScript(`if (!localStorage.getItem('ndip.language')) localStorage.setItem('ndip.language', ${JSON.stringify(language)});`);
  ctx.setDefaultTimeout(30_000);
  return ctx;
}

/** Signs in by password through the login form and waits for the main menu. */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.goto('/admin/login');
  await page.locator('#login').fill(login);
  await page.locator('#password').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.locator('nav .ant-menu').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** axe-core on the current page: the critical violations (id and the first offending nodes). */
export async function criticalViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/** Picks an option of an Ant Design select (opened by clicking `trigger`) by its exact title. */
export async function pickOption(page: Page, trigger: ReturnType<Page['locator']>, title: string, search?: string): Promise<void> {
  await trigger.click();
  if (search) await page.keyboard.type(search);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`).click();
}
