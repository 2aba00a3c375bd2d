import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, testInfra, testPortBase, uniqueName } from '../support/infra';
import { PASSPORT_REST, plusDays, roadmapDraft, type ProjectBody } from '../e2e/implementation-flow';
import { criticalViolations, launchChromium, newContext, pickOption, screenshot, signIn } from './browser';

/**
 * The admin UI against the real running system (PostgreSQL, Kafka, the five services as processes,
 * the gateway serving dist/admin), in Debian's Chromium: the embassy records a meeting and transfers
 * an initiative, the akimat converts it, the National Company approves the roadmap, the akimat
 * completes a task late, and the region rating moves; the same login in kk/ru/en; axe-core on the
 * main screens; screenshots under .data/ui-artifacts.
 */
/** True when nothing listens on (or holds) 127.0.0.1:port right now. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/**
 * The test's port base (NDIP_TEST_PORT_BASE), moved on by 10 while the gateway port or one of the
 * service ports (base+101..104) is taken: they lie in the kernel's ephemeral range, so an outgoing
 * connection of another process may hold one.
 */
async function freePortBase(): Promise<number> {
  for (let shift = 0; shift < 50; shift += 10) {
    const b = testPortBase(shift);
    const all = await Promise.all([b, b + 101, b + 102, b + 103, b + 104].map(portFree));
    if (all.every(Boolean)) return b;
  }
  throw new Error(`no free ports near ${testPortBase()}`);
}

describe('admin UI in a real browser', () => {
  const ALMATY = '750000000';
  const PASSWORD = 'Str0ng-passw0rd';
  const adminPassword = `Adm1n-${randomBytes(6).toString('hex')}`;
  let stack: Stack;
  let browser: Browser;
  let admin: Api;
  let embassy: Api;
  let akimat: Api;
  let ncApi: Api;
  let base: string;
  let companyId: string;
  let initiativeId: string;
  let project: ProjectBody;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const browserErrors: string[] = [];

  /** Runs a test body; on failure, every open page is saved as .data/ui-artifacts/failure-<n>.png for the report. */
  async function withFailureShots(body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (e) {
      for (const [i, p] of pages.entries()) if (!p.isClosed()) await screenshot(p, `failure-${i}`).catch(() => undefined);
      if (browserErrors.length > 0 && e instanceof Error) e.message += `\nbrowser errors:\n${browserErrors.join('\n')}`;
      throw e;
    }
  }

  beforeAll(async () => {
    const prefix = uniqueName('ui');
    const dbs = await createDatabases(prefix, ['attraction', 'implementation', 'post-investment', 'reporting', 'gateway'] as const);
    const ports = await freePortBase();
    stack = await startStack({
      brokers: testInfra().brokers,
      pgUrls: dbs,
      basePort: ports + 100,
      gatewayPort: ports,
      groupPrefix: prefix,
      logDir: `.data/test/logs/${prefix}`,
      logLevel: 'warn',
      adminPassword,
      jwtSecret: randomBytes(32).toString('hex'),
      env: { NDIP_KAFKA_SESSION_TIMEOUT_MS: '6000' },
      build: false,
    });
    base = stack.gatewayUrl;
    const anonymous = new Api(`${base}/api/v1`);
    const token = async (login: string, password: string): Promise<string> => {
      const r = await anonymous.post<{ accessToken: string }>('/auth/login', { login, password });
      if (r.status !== 200) throw new Error(`login ${login}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.accessToken;
    };
    admin = anonymous.as(await token('admin', adminPassword));
    const org = async (body: Record<string, unknown>): Promise<string> => (await admin.ok<{ id: string }>('/organizations', body)).id;
    const user = async (login: string, fullName: string, organizationId: string): Promise<string> => {
      await admin.ok('/users', { login, password: PASSWORD, fullName, organizationId });
      return token(login, PASSWORD);
    };
    const fi = await org({ type: 'FI', nameKk: 'ҚР-дың Сеулдегі елшілігі', nameRu: 'Посольство РК в Сеуле', nameEn: 'Embassy in Seoul', countryCode: 'KR' });
    const mio = await org({ type: 'MIO', nameKk: 'Алматы қаласының әкімдігі', nameRu: 'Акимат города Алматы', nameEn: 'Akimat of Almaty', regionCode: ALMATY });
    const nc = await org({ type: 'NC', nameKk: '«Kazakh Invest» ҰК', nameRu: 'НК «Kazakh Invest»', nameEn: 'National Company Kazakh Invest' });
    embassy = anonymous.as(await user('embassy.seoul', 'Dana Seitkali', fi));
    akimat = anonymous.as(await user('akimat.almaty', 'Aidar Nurlanov', mio));
    ncApi = anonymous.as(await user('kazakh.invest', 'Aliya Bekova', nc));
    companyId = (
      await embassy.ok<{ id: string }>('/companies', { name: 'Hyundai Motor Company', countryCode: 'KR', sector: 'C29', website: 'https://www.hyundai.com' })
    ).id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  async function as(login: string, language: 'kk' | 'ru' | 'en' = 'en', password = PASSWORD): Promise<Page> {
    const ctx = await newContext(browser, base, language);
    contexts.push(ctx);
    const page = await ctx.newPage();
    pages.push(page);
    page.on('pageerror', (e) => browserErrors.push(`${login}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') browserErrors.push(`${login}: ${m.text()}`);
    });
    await signIn(page, login, password);
    return page;
  }

  async function expectAccessible(page: Page, screen: string): Promise<void> {
    const critical = await criticalViolations(page);
    expect({ screen, critical }).toEqual({ screen, critical: [] });
  }

  async function ratingPoints(page: Page): Promise<string> {
    await page.goto('/admin/ratings');
    return page.locator(`tr[data-row-key="${ALMATY}"] [data-testid=rating-points]`).innerText();
  }

  it('the story: meeting, transfer, conversion, roadmap approval, a late task, and the region rating moves', () =>
    withFailureShots(async () => {
      // ---- the embassy records a meeting ----
      const fi = await as('embassy.seoul');
      await fi.getByRole('link', { name: 'Meetings' }).click();
      await fi.getByRole('button', { name: 'Record a meeting' }).click();
      const dialog = fi.getByRole('dialog');
      // The meeting form (MeetingForm): the company picker searches on the server; dates are shown DD.MM.YYYY.
      await dialog.locator('#meeting-create_companyId').click();
      await fi.keyboard.type('Hyundai');
      await fi.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Hyundai Motor Company' }).click();
      const heldOn = plusDays(new Date().toISOString().slice(0, 10), -3);
      await dialog.locator('#meeting-create_heldOn').fill(`${heldOn.slice(8, 10)}.${heldOn.slice(5, 7)}.${heldOn.slice(0, 4)}`);
      await dialog.locator('#meeting-create_heldOn').press('Enter');
      await dialog.locator('#meeting-create_eventKind').click();
      await fi.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'International event' }).click();
      await dialog.locator('#meeting-create_place').fill('Seoul, COEX, Korea–Central Asia business forum');
      await dialog.locator('#meeting-create_subjectOfInterest').fill('Automotive components plant');
      await dialog.locator('#meeting-create_participants').fill('Ambassador\nVP Overseas Investment, Hyundai');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await fi.getByRole('cell', { name: 'Automotive components plant', exact: true }).waitFor();
      const meetings = await embassy.getOk<{ items: { meetingId: string; companyId: string; place: string }[] }>('/meetings');
      expect(meetings.items).toEqual([expect.objectContaining({ companyId, place: 'Seoul, COEX, Korea–Central Asia business forum' })]);
      await screenshot(fi, 'meetings');
      await expectAccessible(fi, 'meetings');

      // ---- the embassy transfers an initiative (created from the meeting) to Almaty ----
      initiativeId = (
        await embassy.ok<{ initiativeId: string }>('/initiatives', {
          companyId,
          title: 'Automotive components plant',
          meetingIds: [meetings.items[0]!.meetingId],
        })
      ).initiativeId;
      await fi.getByRole('link', { name: 'Initiatives' }).click();
      await fi.getByRole('link', { name: 'Automotive components plant' }).click();
      await fi.getByRole('button', { name: 'Transfer to a region' }).click();
      await pickOption(fi, fi.locator('#transfer-region'), 'Almaty', 'Almaty');
      await fi.getByRole('dialog').getByRole('button', { name: 'Transfer to a region' }).click();
      await fi.getByTestId('initiative-status').getByText('Transferred').waitFor();
      await expect(fi.getByTestId('clock-badge').innerText()).resolves.toMatch(/^(30|31) days left$/);
      expect((await embassy.getOk<{ status: string; regionCode: string }>(`/initiatives/${initiativeId}`)).regionCode).toBe(ALMATY);
      await screenshot(fi, 'initiative-transferred');
      await fi.getByRole('link', { name: 'Initiatives' }).click();
      await fi.getByRole('cell', { name: 'Automotive components plant', exact: true }).waitFor();
      await screenshot(fi, 'initiatives');
      await expectAccessible(fi, 'initiatives');

      // ---- the akimat takes it and converts it; a bad BIN is refused with the gateway's problem, in the user's language ----
      const mio = await as('akimat.almaty', 'ru');
      await mio.goto(`/admin/initiatives/${initiativeId}`);
      await mio.getByRole('button', { name: 'Назначить меня ответственным' }).click();
      await mio.getByRole('button', { name: 'Преобразовать в проект' }).click();
      const convert = mio.getByRole('dialog');
      await convert.locator('#convert_companyBin').fill('940740000138');
      await convert.locator('#convert_investmentAmountKzt').fill('200000000000');
      await convert.getByRole('button', { name: 'Преобразовать в проект' }).click();
      await mio.getByText('Некорректный запрос').first().waitFor();
      await convert.locator('.ant-btn-loading').waitFor({ state: 'detached' });
      await convert.locator('#convert_companyBin').fill('940740000139');
      await convert.getByRole('button', { name: 'Преобразовать в проект' }).click();
      await convert.waitFor({ state: 'hidden' });
      await mio.getByTestId('initiative-status').getByText('Преобразована').waitFor();
      await mio.getByRole('button', { name: 'Открыть проект' }).click();
      await mio.getByRole('tab', { name: 'Паспорт' }).waitFor();
      project = await eventually(async () => {
        const page = await akimat.getOk<{ items: ProjectBody[] }>(`/projects?regionCode=${ALMATY}`);
        const p = page.items.find((x) => x.initiativeId === initiativeId);
        if (!p) throw new Error('no project yet');
        return p;
      });
      expect(mio.url()).toContain(`/admin/projects/${project.id}`);

      // The passport and the roadmap draft are filled through the API (long forms); the first task was due 8 days ago.
      const day = project.createdOn;
      await akimat.request('PATCH', `/projects/${project.id}/passport`, PASSPORT_REST);
      await akimat.ok(`/projects/${project.id}/passport/complete`, {});
      await akimat.ok(`/projects/${project.id}/roadmap/assign-mio`, {});
      const draft = await akimat.request(
        'PUT',
        `/projects/${project.id}/roadmap/draft`,
        roadmapDraft([
          ['PRE_LAND', plusDays(day, -8)],
          ['PRE_FIN', plusDays(day, 30)],
          ['INV_CONSTR', plusDays(day, 120)],
          ['POST_CAPACITY', plusDays(day, 300)],
        ]),
      );
      expect(draft.status).toBe(200);
      await akimat.ok(`/projects/${project.id}/roadmap/submit`, {});

      // ---- the National Company: the rating before, the approvals inbox, the approval ----
      const nc = await as('kazakh.invest');
      const before = await ratingPoints(nc);
      expect(before).toBe('0');
      await nc.getByRole('link', { name: 'Approvals' }).click();
      await nc.getByRole('link', { name: 'Automotive components plant' }).click();
      await nc.getByRole('tab', { name: 'Roadmap' }).click();
      await nc.getByRole('button', { name: 'Approve the roadmap' }).click();
      await nc.getByTestId('roadmap-status').getByText('Approved').waitFor();
      await nc.getByTestId('gantt').locator('.recharts-bar-rectangle').first().waitFor();
      await screenshot(nc, 'project-roadmap');
      await expectAccessible(nc, 'project roadmap');
      await nc.getByRole('tab', { name: 'Passport' }).click();
      await screenshot(nc, 'project-passport');
      await nc.getByRole('tab', { name: 'Green corridor' }).click();
      await nc.locator('.recharts-bar-rectangle').first().waitFor();
      await screenshot(nc, 'project-green-corridor');

      // Open and 8 days late: 1 point (6–15 days).
      await eventually(async () => expect(await ratingPoints(nc)).toBe('1'), 60_000, 1000);

      // ---- the akimat completes the late task (5 days ago: 3 days late) ----
      await mio.goto(`/admin/projects/${project.id}`);
      await mio.getByRole('tab', { name: 'Дорожная карта' }).click();
      const row = mio.locator('tr', { hasText: 'PRE_LAND' });
      await row.getByRole('button', { name: 'Исполнить' }).click();
      const when = mio.getByRole('dialog').locator('#actual-date');
      await when.fill(plusDays(day, -5));
      await when.press('Enter');
      await mio.getByRole('dialog').getByRole('button', { name: 'Исполнить' }).click();
      await row.getByText('исполнена с опозданием').waitFor();
      await screenshot(mio, 'project-tasks-ru');

      // ---- the rating moves: 3 days late is 0.5 points; the drill-down names the task ----
      await eventually(async () => expect(await ratingPoints(nc)).toBe('0.5'), 60_000, 1000);
      await nc.locator(`tr[data-row-key="${ALMATY}"]`).getByRole('button', { name: 'Almaty' }).click();
      const drill = nc.getByTestId('overdue-tasks');
      await drill.getByText('PRE_LAND').waitFor();
      await expect(drill.locator('tbody tr').count()).resolves.toBe(1);
      await screenshot(nc, 'ratings-drilldown');
      await nc.keyboard.press('Escape');
      await nc.locator('.ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
      await screenshot(nc, 'ratings');
      await expectAccessible(nc, 'ratings');

      // ---- the dashboard sees the project and its tasks ----
      await nc.getByRole('link', { name: 'Dashboard' }).click();
      await nc.getByTestId('traffic-light').waitFor();
      await eventually(
        async () => {
          await nc.reload();
          await nc.getByTestId('traffic-light').waitFor();
          expect(await nc.getByText('Projects', { exact: true }).first().isVisible()).toBe(true);
          const total = await nc.locator('.ant-statistic').first().locator('.ant-statistic-content-value').innerText();
          // The other UI files share the topics and may have created projects too: the panel shows what the API
          // counts, this story's project included.
          const api = await ncApi.getOk<{ totals: { projects: number } }>('/reports/dashboard');
          expect(api.totals.projects).toBeGreaterThanOrEqual(1);
          expect(total.replace(/[^0-9]/g, '')).toBe(String(api.totals.projects));
        },
        60_000,
        1000,
      );
      await nc.locator('.recharts-bar-rectangle').first().waitFor();
      await screenshot(nc, 'dashboard');
      await expectAccessible(nc, 'dashboard');

      // ---- companies (embassy), users and organisations (administrator) ----
      await fi.getByRole('link', { name: 'Companies' }).click();
      await fi.getByRole('link', { name: 'Hyundai Motor Company' }).click();
      await fi.getByRole('tab', { name: 'KYC checks' }).waitFor();
      await screenshot(fi, 'company');
      const adm = await as('admin', 'en', adminPassword);
      await adm.goto('/admin/users');
      await adm.getByRole('cell', { name: 'akimat.almaty' }).waitFor();
      await screenshot(adm, 'users');
      await expectAccessible(adm, 'users');
      await adm.getByRole('link', { name: 'Organisations' }).click();
      await adm.getByRole('cell', { name: 'Akimat of Almaty' }).waitFor();
      await screenshot(adm, 'organizations');
    }));

  it('the same login in Kazakh, Russian and English shows translated labels, and the choice is remembered', () =>
    withFailureShots(async () => {
      const expected = {
        kk: { projects: 'Жобалар', ratings: 'Өңірлер рейтингі', logout: 'Шығу', title: 'Кіру' },
        ru: { projects: 'Проекты', ratings: 'Рейтинг регионов', logout: 'Выйти', title: 'Вход' },
        en: { projects: 'Projects', ratings: 'Region rating', logout: 'Log out', title: 'Sign in' },
      } as const;
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const ctx = await newContext(browser, base, 'ru');
        contexts.push(ctx);
        const page = await ctx.newPage();
        pages.push(page);
        await page.goto('/admin/login');
        await page.getByTestId('language').click();
        await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${{ kk: 'Қазақша', ru: 'Русский', en: 'English' }[lang]}"]`).click();
        await page.getByRole('heading', { name: expected[lang].title, exact: true }).waitFor();
        await screenshot(page, `login-${lang}`);
        if (lang === 'kk') await expectAccessible(page, 'login');
        await page.locator('#login').fill('kazakh.invest');
        await page.locator('#password').fill(PASSWORD);
        await page.locator('form button[type=submit]').click();
        const nav = page.locator('nav .ant-menu');
        await nav.getByRole('link', { name: expected[lang].projects, exact: true }).waitFor();
        await nav.getByRole('link', { name: expected[lang].ratings, exact: true }).waitFor();
        await page.getByRole('button', { name: expected[lang].logout }).waitFor();
        await nav.getByRole('link', { name: expected[lang].projects, exact: true }).click();
        await page.getByRole('cell', { name: 'Automotive components plant', exact: true }).waitFor();
        const text = await page.locator('body').innerText();
        expect(text).not.toMatch(/\b(app|nav|common|login|projects|initiatives|status|light|stage|orgType)\.[a-z][A-Za-z_]+\b/);
        await screenshot(page, `projects-${lang}`);
        await page.reload();
        await nav.getByRole('link', { name: expected[lang].projects, exact: true }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await ctx.close();
      }
    }));
});
