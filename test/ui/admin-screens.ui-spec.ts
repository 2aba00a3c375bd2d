import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, testInfra, testPortBase, uniqueName } from '../support/infra';
import { approvedRoadmap, must, plusDays, type ProjectBody, type TaskBody } from '../e2e/implementation-flow';
import { criticalViolations, launchChromium, newContext, screenshot, signIn } from './browser';

/**
 * The admin UI's work queues and registers against the real running system, in Debian's Chromium:
 * the National Chamber validates a completed task in the validation queue, the authorized body
 * suspends a project on a suspension request and approves an investor visit, the National Company
 * accepts a state-service application, the embassy writes in an initiative's chat; the quarterly
 * reports, post-investment KPI plans, prosecutor filter and audit trail are opened. Every screen is
 * screenshot under .data/ui-artifacts and checked with axe-core; some are opened in Kazakh and Russian too.
 */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function freePortBase(): Promise<number> {
  for (let shift = 0; shift < 50; shift += 10) {
    const b = testPortBase(shift);
    const all = await Promise.all([b, b + 101, b + 102, b + 103, b + 104].map(portFree));
    if (all.every(Boolean)) return b;
  }
  throw new Error(`no free ports near ${testPortBase()}`);
}

/** Text that looks like an untranslated i18n key of the admin UI (namespace.key). */
const RAW_KEY =
  /\b(app|nav|common|actions|validation|pool|pf|svc|visits|monitoring|quarterly|audit|chat|status|projects|initiatives|orgType)\.[a-z][A-Za-z_]+\b/;

describe('admin UI work queues and registers in a real browser', () => {
  const ALMATY = '750000000';
  const BIN = '940740000139';
  const PASSWORD = 'Str0ng-passw0rd';
  const adminPassword = `Adm1n-${randomBytes(6).toString('hex')}`;
  let stack: Stack;
  let browser: Browser;
  let embassy: Api;
  let akimat: Api;
  let chamber: Api;
  let nc: Api;
  let ab: Api;
  let investor: Api;
  let project: ProjectBody;
  let initiativeId: string;
  let validationTask: TaskBody;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const browserErrors: string[] = [];
  /** Uncaught exceptions in the pages (console warnings of antd are not counted). */
  const pageErrors: string[] = [];

  async function withFailureShots(body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (e) {
      for (const [i, p] of pages.entries()) if (!p.isClosed()) await screenshot(p, `screens-failure-${i}`).catch(() => undefined);
      if (browserErrors.length > 0 && e instanceof Error) e.message += `\nbrowser errors:\n${browserErrors.join('\n')}`;
      throw e;
    }
  }

  beforeAll(async () => {
    const prefix = uniqueName('uiq');
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
    const anonymous = new Api(`${stack.gatewayUrl}/api/v1`);
    const login = async (l: string, password: string): Promise<{ accessToken: string; user: { id: string } }> => {
      const r = await anonymous.post<{ accessToken: string; user: { id: string } }>('/auth/login', { login: l, password });
      if (r.status !== 200) throw new Error(`login ${l}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    };
    const admin = anonymous.as((await login('admin', adminPassword)).accessToken);
    const org = async (body: Record<string, unknown>): Promise<string> => (await admin.ok<{ id: string }>('/organizations', body)).id;
    const user = async (l: string, fullName: string, organizationId: string) => {
      await admin.ok('/users', { login: l, password: PASSWORD, fullName, organizationId });
      return login(l, PASSWORD);
    };
    embassy = anonymous.as(
      (
        await user(
          'q.embassy',
          'Dana Seitkali',
          await org({ type: 'FI', nameKk: 'ҚР-дың Сеулдегі елшілігі', nameRu: 'Посольство РК в Сеуле', nameEn: 'Embassy in Seoul', countryCode: 'KR' }),
        )
      ).accessToken,
    );
    const mio = await user(
      'q.akimat',
      'Aidar Nurlanov',
      await org({ type: 'MIO', nameKk: 'Алматы қаласының әкімдігі', nameRu: 'Акимат города Алматы', nameEn: 'Akimat of Almaty', regionCode: ALMATY }),
    );
    akimat = anonymous.as(mio.accessToken);
    chamber = anonymous.as(
      (
        await user(
          'q.chamber',
          'Marat Aliyev',
          await org({ type: 'NCH', nameKk: '«Атамекен» ҰКП', nameRu: 'НПП «Атамекен»', nameEn: 'Atameken National Chamber' }),
        )
      ).accessToken,
    );
    nc = anonymous.as(
      (
        await user(
          'q.nc',
          'Aliya Bekova',
          await org({ type: 'NC', nameKk: '«Kazakh Invest» ҰК', nameRu: 'НК «Kazakh Invest»', nameEn: 'National Company Kazakh Invest' }),
        )
      ).accessToken,
    );
    ab = anonymous.as(
      (
        await user(
          'q.ab',
          'Yerlan Sadykov',
          await org({ type: 'AB', nameKk: 'СІМ Инвестициялар комитеті', nameRu: 'Комитет по инвестициям МИД', nameEn: 'Investment Committee, MFA' }),
        )
      ).accessToken,
    );
    investor = anonymous.as(
      (
        await user(
          'q.hyundai',
          'Kim Ji-hoon',
          await org({ type: 'INV', nameKk: 'Hyundai Motor Kazakhstan', nameRu: 'Hyundai Motor Kazakhstan', nameEn: 'Hyundai Motor Kazakhstan', bin: BIN }),
        )
      ).accessToken,
    );

    // Module 1 → Module 2: a national-pool project with an approved roadmap.
    const company = await embassy.ok<{ id: string }>('/companies', { name: 'Hyundai Motor Company', countryCode: 'KR', sector: 'C29' });
    initiativeId = (await embassy.ok<{ initiativeId: string }>('/initiatives', { companyId: company.id, title: 'Automotive components plant' })).initiativeId;
    await embassy.ok(`/initiatives/${initiativeId}/transfer`, { regionCode: ALMATY });
    await akimat.ok(`/initiatives/${initiativeId}/assign-officer`, { officerUserId: mio.user.id });
    await akimat.ok(`/initiatives/${initiativeId}/convert`, {
      projectName: 'Automotive components plant, Almaty',
      companyBin: BIN,
      investmentAmountKzt: '200000000000',
      hasInvestmentContract: false,
    });
    project = await eventually(async () => {
      const page = await akimat.getOk<{ items: ProjectBody[] }>(`/projects?regionCode=${ALMATY}`);
      const p = page.items.find((x) => x.initiativeId === initiativeId);
      if (!p) throw new Error('no project yet');
      return p;
    });
    expect(project.pool.pool).toBe('NATIONAL');
    const day = project.createdOn;
    await approvedRoadmap(akimat, nc, project.id, [
      ['PRE_LAND', plusDays(day, 30)],
      ['INV_CONSTR', plusDays(day, 180)],
      ['POST_CAPACITY', plusDays(day, 365)],
    ]);
    // The akimat completes every task; the last one (POST_CAPACITY) waits for the Chamber's validation.
    const { items } = await must<{ items: TaskBody[] }>(akimat, 'GET', `/projects/${project.id}/tasks`);
    for (const t of items) {
      const done = await must<TaskBody>(akimat, 'POST', `/tasks/${t.id}/complete`, { actualCompletionDate: day });
      if (done.status === 'AWAITING_VALIDATION') validationTask = done;
    }
    expect(validationTask).toMatchObject({ code: 'POST_CAPACITY', status: 'AWAITING_VALIDATION' });
    // A suspension request (financing stopped) for AB, a proposed visit, a state-service application, a quarterly report.
    await akimat.ok(`/projects/${project.id}/pool/requests`, { kind: 'SUSPEND', grounds: ['G2'], justification: 'Financing stopped: the lender withdrew' });
    await embassy.ok('/visits', {
      companyId: company.id,
      plannedFrom: plusDays(day, 20),
      plannedTo: plusDays(day, 24),
      purposes: ['Site visit to the Almaty industrial zone'],
      stateBodies: ['Akimat of Almaty'],
    });
    await investor.ok('/state-services', {
      applicantName: 'Hyundai Motor Kazakhstan LLP',
      regionCode: ALMATY,
      projectId: project.id,
      services: ['Construction permit'],
      documents: ['Application form', 'Land title'],
      consent: true,
    });
    const month = Number(day.slice(5, 7));
    const quarter = Math.floor((month - 1) / 3) + 1;
    const prev = quarter === 1 ? { year: Number(day.slice(0, 4)) - 1, quarter: 4 } : { year: Number(day.slice(0, 4)), quarter: quarter - 1 };
    await akimat.ok('/reports/quarterly', { ...prev, narrative: 'Front-office work in Almaty over the quarter' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  async function as(l: string, language: 'kk' | 'ru' | 'en' = 'en', password = PASSWORD): Promise<Page> {
    const ctx = await newContext(browser, stack.gatewayUrl, language);
    contexts.push(ctx);
    const page = await ctx.newPage();
    pages.push(page);
    page.on('pageerror', (e) => {
      pageErrors.push(`${l}: ${e.message}`);
      browserErrors.push(`${l}: ${e.message}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') browserErrors.push(`${l}: ${m.text()}`);
    });
    await signIn(page, l, password);
    return page;
  }

  /** Screenshot, axe-core (no critical violations) and no raw i18n keys on the page. */
  async function check(page: Page, name: string, rawKeys = true): Promise<void> {
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
    await screenshot(page, name);
    expect({ name, critical: await criticalViolations(page) }).toEqual({ name, critical: [] });
    // The audit trail shows the services' action names (pool.request, …), which look like keys.
    if (rawKeys) expect({ name, raw: (await page.locator('body').innerText()).match(RAW_KEY)?.[0] ?? null }).toEqual({ name, raw: null });
  }

  it('the National Chamber validates a completed task in the validation queue', () =>
    withFailureShots(async () => {
      const nch = await as('q.chamber');
      await nch.getByRole('link', { name: 'Validation queue' }).click();
      const row = nch.locator(`tr[data-row-key="${validationTask.id}"]`);
      await row.getByText('POST_CAPACITY', { exact: true }).waitFor();
      expect(nch.url()).toContain('/admin/validation');
      await check(nch, 'validation-queue');
      await row.getByRole('button', { name: 'Validate' }).click();
      const dialog = nch.getByRole('dialog');
      await dialog.getByText('Confirm that task POST_CAPACITY is done').waitFor();
      await screenshot(nch, 'validation-confirm');
      await dialog.getByRole('button', { name: 'Validate' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await nch.getByText('No tasks are waiting for validation').waitFor();
      const tasks = await chamber.getOk<{ items: TaskBody[] }>(`/projects/${project.id}/tasks`);
      expect(tasks.items.find((t) => t.id === validationTask.id)).toMatchObject({ status: 'DONE', validatedOn: expect.any(String) });
      // The queue in Kazakh: translated, nothing raw.
      const kk = await as('q.chamber', 'kk');
      await kk.getByRole('link', { name: 'Валидация кезегі' }).click();
      await kk.getByText('Валидацияны күтіп тұрған тапсырмалар жоқ').waitFor();
      await check(kk, 'validation-queue-kk');
    }));

  it('the authorized body suspends the project on the request, approves a visit and reads the audit trail', () =>
    withFailureShots(async () => {
      const page = await as('q.ab');
      await page.getByRole('link', { name: 'Pool requests' }).click();
      const row = page.locator('[data-testid=pool-requests] tbody tr', { hasText: 'Automotive components plant, Almaty' });
      await row.getByText('Financing stopped', { exact: true }).waitFor();
      await check(page, 'pool-requests');
      // Refusing needs a reason: the form says so and sends nothing.
      await row.getByRole('button', { name: 'Refuse' }).click();
      const refuse = page.getByRole('dialog');
      await refuse.getByRole('button', { name: 'Refuse' }).click();
      await refuse.getByText('Required field').waitFor();
      await refuse.getByRole('button', { name: 'Cancel' }).click();
      await refuse.waitFor({ state: 'hidden' });
      await row.getByRole('button', { name: 'Suspend' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Suspend “Automotive components plant, Almaty” in the national pool?').waitFor();
      await dialog.getByRole('button', { name: 'Suspend' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('No requests').waitFor();
      expect((await ab.getOk<{ status: string }>(`/projects/${project.id}/pool`)).status).toBe('SUSPENDED');
      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Decided"]').click();
      await page.locator('[data-testid=pool-requests] tbody tr', { hasText: 'Suspended' }).waitFor();
      expect(page.url()).toContain('status=DECIDED');
      await screenshot(page, 'pool-requests-decided');

      await page.getByRole('link', { name: 'Visits' }).click();
      const visit = page.locator('[data-testid=visits] tbody tr', { hasText: 'Site visit to the Almaty industrial zone' });
      await visit.getByText('Proposed').waitFor();
      await check(page, 'visits');
      await visit.getByRole('button', { name: 'Approve' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
      await visit.getByText('Approved', { exact: true }).waitFor();
      const visits = await ab.getOk<{ items: { status: string }[] }>('/visits');
      expect(visits.items.map((v) => v.status)).toEqual(['APPROVED']);

      await page.getByRole('link', { name: 'Audit trail' }).click();
      await page.locator('[data-testid=audit] tbody tr.ant-table-row').first().waitFor();
      await page.getByRole('button', { name: 'Verify the chain' }).click();
      await page.getByText(/The hash chain is intact: \d+ entries checked\./).waitFor();
      await check(page, 'audit', false);
      await page.getByPlaceholder('Action (task.*)').fill('pool.*');
      await page.getByPlaceholder('Action (task.*)').press('Enter');
      await eventually(async () => expect(page.url()).toContain('action=pool.*'));
      await page.locator('[data-testid=audit] tbody tr', { hasText: 'pool.' }).first().waitFor();

      await page.getByRole('link', { name: 'Prosecutor filter' }).click();
      // Under the rules in force (E000) there is no prosecutor filter: the screen says so, it is not an error.
      await page.getByText('The prosecutor filter is not provided by the rules in force.').waitFor();
      await check(page, 'prosecutor-filter');
      await page.getByRole('tab', { name: 'Cases and lawsuits' }).click();
      await page.getByRole('tabpanel').getByText('The prosecutor filter is not provided by the rules in force.').waitFor();
      expect(page.url()).toContain('tab=cases');
    }));

  it('the National Company accepts a state-service application and sees reports and KPI plans, in Russian', () =>
    withFailureShots(async () => {
      const page = await as('q.nc', 'ru');
      await page.getByRole('link', { name: 'Госуслуги' }).click();
      const row = page.locator('[data-testid=state-services] tbody tr', { hasText: 'Hyundai Motor Kazakhstan LLP' });
      await row.getByText('Construction permit').waitFor();
      await check(page, 'state-services-ru');
      await row.getByRole('button', { name: 'Принять' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Срок по стандарту').fill('10');
      await dialog.getByRole('button', { name: 'Принять' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByText('Принято фронт-офисом').waitFor();
      const apps = await nc.getOk<{ items: { status: string; acceptedOn: string | null; resultPromisedOn: string | null }[] }>('/state-services');
      expect(apps.items).toEqual([expect.objectContaining({ status: 'ACCEPTED', acceptedOn: expect.any(String), resultPromisedOn: expect.any(String) })]);

      await page.getByRole('link', { name: 'Квартальные отчёты' }).click();
      await page.locator('[data-testid=quarterly-reports] tbody tr', { hasText: 'Квартальный отчёт регионального фронт-офиса' }).waitFor();
      await check(page, 'quarterly-reports-ru');

      await page.getByRole('link', { name: 'KPI и мониторинг' }).click();
      await eventually(
        async () => {
          await page.reload();
          await page.locator('[data-testid=monitoring] tbody tr.ant-table-row').first().waitFor({ timeout: 5_000 });
        },
        60_000,
        1000,
      );
      await page.locator('[data-testid=monitoring] tbody tr.ant-table-row button.ant-table-row-expand-icon').first().click();
      await page.locator('[data-testid=monitoring] strong', { hasText: 'План KPI' }).waitFor();
      await check(page, 'monitoring-kpi-ru');
    }));

  it('the embassy writes in the chat of the initiative', () =>
    withFailureShots(async () => {
      const page = await as('q.embassy');
      await page.goto(`/admin/initiatives/${initiativeId}`);
      const chat = page.getByTestId('chat');
      await chat.getByText('No messages yet').waitFor();
      await chat.getByRole('textbox', { name: 'Message' }).fill('The investor asks for the land plot options by Friday.');
      await chat.getByRole('button', { name: 'Send' }).click();
      await chat.getByText('The investor asks for the land plot options by Friday.').waitFor();
      await chat.getByText(/^You · /).waitFor();
      const messages = await embassy.getOk<{ items: { body: string }[] }>(`/initiatives/${initiativeId}/chat/messages`);
      expect(messages.items.map((m) => m.body)).toEqual(['The investor asks for the land plot options by Friday.']);
      await check(page, 'initiative-chat');
      expect(pageErrors).toEqual([]);
    }));
});
