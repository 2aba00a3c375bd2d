import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { binCheckDigit } from '../../libs/domain/src/identifiers/bin';
import { startStack, type Stack } from '../../tools/dev/stack';
import { Api } from '../support/api';
import { eventually } from '../support/eventually';
import { createDatabases, testInfra, testPortBase, uniqueName } from '../support/infra';
import { criticalViolations, launchChromium, newContext, screenshot, signIn } from './browser';

/**
 * The admin UI's create/edit forms against the real running system, in Debian's Chromium: an embassy
 * officer (in Russian) creates a company card — a BIN with a wrong check digit is refused by the form,
 * a BIN another card already has is refused by the API and its problem is shown on the BIN field —
 * edits it, adds a contact person, and records and corrects a meeting with it (company picked by server-side search); an akimat
 * officer (in Kazakh) edits a project passport. Forms are screenshot under .data/ui-artifacts and
 * checked with axe-core.
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

/** A valid BIN (its check digit computed by the domain rule) from 11 digits. */
function validBin(first11: string): string {
  const c = binCheckDigit(first11);
  if (c === null) throw new Error(`no check digit for ${first11}`);
  return `${first11}${c}`;
}

/** DD.MM.YYYY of a day `days` before today (the date pickers' format). */
function daysAgo(days: number): { iso: string; shown: string } {
  const d = new Date(Date.now() - days * 86_400_000);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, shown: `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` };
}

/** Text that looks like an untranslated i18n key of the admin UI (namespace.key). */
const RAW_KEY = /\b(app|nav|common|actions|forms|companies|meetings|projects|status|eventKind|errors)\.[a-z][A-Za-z_]+\b/;

interface CompanyBody {
  id: string;
  name: string;
  countryCode: string;
  bin: string | null;
  sector: string | null;
  size: string | null;
  website: string | null;
}

interface MeetingBody {
  meetingId: string;
  companyId: string;
  heldOn: string;
  eventKind: string;
  place: string;
  participants: string[];
  subjectOfInterest: string;
  agreementsReached: string | null;
  projectParameters: { investmentAmount?: string; currency?: string } | null;
}

describe('admin UI create/edit forms in a real browser', () => {
  const ALMATY = '750000000';
  const PASSWORD = 'Str0ng-passw0rd';
  const TAKEN_BIN = '940740000139';
  const NEW_BIN = validBin('08074000123');
  /** The same number with a wrong last digit. */
  const WRONG_BIN = `${NEW_BIN.slice(0, 11)}${(Number(NEW_BIN[11]) + 1) % 10}`;
  const adminPassword = `Adm1n-${randomBytes(6).toString('hex')}`;
  let stack: Stack;
  let browser: Browser;
  let embassy: Api;
  let akimat: Api;
  let projectId: string;
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const browserErrors: string[] = [];
  const pageErrors: string[] = [];
  /** Writes the browser sent (method, path, Idempotency-Key). */
  const writes: { method: string; path: string; key: string | undefined }[] = [];
  /** The answers to those writes (status and body), for the failure message. */
  const answers: string[] = [];

  async function withFailureShots(body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (e) {
      for (const [i, p] of pages.entries()) if (!p.isClosed()) await screenshot(p, `forms-failure-${i}`).catch(() => undefined);
      if (browserErrors.length > 0 && e instanceof Error) e.message += `\nbrowser errors:\n${browserErrors.join('\n')}`;
      if (e instanceof Error) e.message += `\nwrites:\n${answers.join('\n')}`;
      throw e;
    }
  }

  beforeAll(async () => {
    const prefix = uniqueName('uif');
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
    const login = async (l: string, password: string): Promise<{ accessToken: string }> => {
      const r = await anonymous.post<{ accessToken: string }>('/auth/login', { login: l, password });
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
          'f.embassy',
          'Dana Seitkali',
          await org({ type: 'FI', nameKk: 'ҚР-дың Сеулдегі елшілігі', nameRu: 'Посольство РК в Сеуле', nameEn: 'Embassy in Seoul', countryCode: 'KR' }),
        )
      ).accessToken,
    );
    akimat = anonymous.as(
      (
        await user(
          'f.akimat',
          'Aidar Nurlanov',
          await org({ type: 'MIO', nameKk: 'Алматы қаласының әкімдігі', nameRu: 'Акимат города Алматы', nameEn: 'Akimat of Almaty', regionCode: ALMATY }),
        )
      ).accessToken,
    );
    // A card that already holds TAKEN_BIN: a second card with that BIN is refused by the API.
    await embassy.ok('/companies', { name: 'Hyundai Motor Company', countryCode: 'KR', sector: 'C29', bin: TAKEN_BIN });
    // A project opened by the akimat (entry path P2) whose passport is edited in the UI.
    projectId = (
      await akimat.ok<{ id: string }>('/projects', {
        entryPath: 'P2',
        name: 'Polymer plant, Almaty',
        regionCode: ALMATY,
        companyName: 'Samsung C&T Corporation',
        estimatedCost: { amount: '5000000000', currency: 'KZT' },
        hasInvestmentContract: false,
      })
    ).id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  async function as(l: string, language: 'kk' | 'ru' | 'en'): Promise<Page> {
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
    page.on('request', (r: Request) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/v1/') && ['POST', 'PATCH'].includes(r.method()) && !url.pathname.startsWith('/api/v1/auth/')) {
        writes.push({ method: r.method(), path: url.pathname, key: r.headers()['idempotency-key'] });
      }
    });
    page.on('response', (r) => {
      const req = r.request();
      if (['POST', 'PATCH'].includes(req.method()) && new URL(r.url()).pathname.startsWith('/api/v1/')) {
        void r
          .text()
          .catch(() => '')
          .then((b) => answers.push(`${req.method()} ${new URL(r.url()).pathname} → ${r.status()} ${b.slice(0, 300)}`));
      }
    });
    page.on('requestfailed', (r) => answers.push(`${r.method()} ${r.url()} failed: ${r.failure()?.errorText ?? '?'}`));
    await signIn(page, l, PASSWORD);
    return page;
  }

  /** Screenshot, axe-core (no critical violations) and no raw i18n keys on the page. */
  async function check(page: Page, name: string): Promise<void> {
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
    await screenshot(page, name);
    expect({ name, critical: await criticalViolations(page) }).toEqual({ name, critical: [] });
    expect({ name, raw: (await page.locator('body').innerText()).match(RAW_KEY)?.[0] ?? null }).toEqual({ name, raw: null });
  }

  /** The error text under a form field (antd renders it in the field's item). */
  function fieldError(dialog: ReturnType<Page['getByRole']>, id: string) {
    return dialog.locator(`.ant-form-item:has(#${id})`).last().locator('.ant-form-item-explain-error');
  }

  it('the embassy creates a company card in Russian: a wrong BIN is refused on its field, then edits it', () =>
    withFailureShots(async () => {
      const page = await as('f.embassy', 'ru');
      await page.getByRole('link', { name: 'Компании' }).click();
      await page.getByText('Hyundai Motor Company').waitFor();
      await page.getByRole('button', { name: 'Новая компания' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Компания', { exact: true }).fill('Samsung C&T Corporation');
      await dialog.getByLabel('Страна происхождения', { exact: true }).click();
      await page.keyboard.type('KR');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '(KR)' }).click();
      await dialog.getByLabel('Отрасль', { exact: true }).fill('F41');
      // A required field left empty and a BIN with a wrong check digit: the form refuses and sends nothing.
      await dialog.getByLabel('Компания', { exact: true }).fill('');
      await dialog.getByLabel('БИН', { exact: true }).fill(WRONG_BIN);
      await dialog.getByRole('button', { name: 'Сохранить' }).click();
      await fieldError(dialog, 'company-create_bin').getByText('Контрольная цифра БИН не сходится: проверьте номер').waitFor();
      await fieldError(dialog, 'company-create_name').getByText('Обязательное поле').waitFor();
      await check(page, 'form-company-create-invalid-ru');
      expect(writes.filter((w) => w.path === '/api/v1/companies')).toEqual([]);
      await dialog.getByLabel('Компания', { exact: true }).fill('Samsung C&T Corporation');

      // A BIN that is well-formed but held by another card: the API's problem (409, field "bin") lands on the BIN field.
      await dialog.getByLabel('БИН', { exact: true }).fill(TAKEN_BIN);
      await dialog.getByRole('button', { name: 'Сохранить' }).click();
      await fieldError(dialog, 'company-create_bin')
        .getByText('Этот БИН уже есть в другой карточке компании: объедините карточки вместо создания второй')
        .waitFor();
      await screenshot(page, 'form-company-create-conflict-ru');
      const refused = writes.filter((w) => w.path === '/api/v1/companies');
      expect(refused).toEqual([{ method: 'POST', path: '/api/v1/companies', key: expect.stringMatching(/^[\w-]{8,}$/) }]);
      expect((await embassy.getOk<{ total: number }>('/companies')).total).toBe(1);

      // A valid BIN: the card is created, the list shows it.
      await dialog.getByLabel('БИН', { exact: true }).fill(NEW_BIN);
      // The field's error goes away once it is changed (and the dialog stops moving before Save is pressed).
      await fieldError(dialog, 'company-create_bin').waitFor({ state: 'detached' });
      await dialog.getByLabel('Сайт', { exact: true }).fill('https://www.samsungcnt.com');
      await dialog.getByRole('button', { name: 'Сохранить' }).click();
      await page.getByText('Карточка компании создана').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.locator('tr', { hasText: 'Samsung C&T Corporation' });
      await row.getByText(NEW_BIN).waitFor();
      const creates = writes.filter((w) => w.path === '/api/v1/companies');
      // The retry after the refused write may reuse the key (the gateway releases a failed request's key).
      expect(creates.every((w) => typeof w.key === 'string' && w.key.length > 0)).toBe(true);
      const list = await embassy.getOk<{ items: CompanyBody[] }>('/companies?q=Samsung');
      expect(list.items).toEqual([
        expect.objectContaining({ name: 'Samsung C&T Corporation', countryCode: 'KR', bin: NEW_BIN, sector: 'F41', website: 'https://www.samsungcnt.com' }),
      ]);
      const id = list.items[0]!.id;

      // Edit from the row: change the sector and size, clear the website.
      await row.getByRole('button', { name: 'Изменить: Samsung C&T Corporation' }).click();
      const edit = page.getByRole('dialog');
      await edit.getByText('Изменение карточки компании').waitFor();
      expect(await edit.getByLabel('БИН', { exact: true }).inputValue()).toBe(NEW_BIN);
      await edit.getByLabel('Отрасль', { exact: true }).fill('C26');
      await edit.getByLabel('Размер компании', { exact: true }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Крупная' }).click();
      await edit.getByLabel('Сайт', { exact: true }).fill('');
      await check(page, 'form-company-edit-ru');
      await edit.getByRole('button', { name: 'Сохранить' }).click();
      await page.getByText('Карточка компании сохранена').waitFor();
      await edit.waitFor({ state: 'hidden' });
      await row.getByText('C26').waitFor();
      expect(await embassy.getOk<CompanyBody>(`/companies/${id}`)).toMatchObject({ sector: 'C26', size: 'LARGE', website: null, bin: NEW_BIN });
      const patch = writes.filter((w) => w.method === 'PATCH' && w.path === `/api/v1/companies/${id}`);
      expect(patch).toHaveLength(1);

      // The card page offers the same form.
      await row.getByRole('link', { name: 'Samsung C&T Corporation' }).click();
      await page.getByRole('heading', { name: 'Samsung C&T Corporation' }).waitFor();
      await page.getByRole('button', { name: 'Изменить' }).click();
      await page.getByRole('dialog').getByText('Изменение карточки компании').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Отмена' }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      // A contact person on the card's Contacts tab: a malformed e-mail is refused by the form.
      await page.getByRole('tab', { name: 'Контакты' }).click();
      await page.getByRole('button', { name: 'Добавить контакт' }).click();
      const contact = page.getByRole('dialog');
      await contact.getByLabel('ФИО', { exact: true }).fill('Kim Min-jun');
      await contact.getByLabel('Должность', { exact: true }).fill('Vice President, Overseas Investment');
      await contact.getByLabel('Эл. почта', { exact: true }).fill('minjun.kim@');
      await contact.getByRole('button', { name: 'Сохранить' }).click();
      await fieldError(contact, 'contact-create_email').getByText('Адрес электронной почты').waitFor();
      await contact.getByLabel('Эл. почта', { exact: true }).fill('minjun.kim@example.com');
      await fieldError(contact, 'contact-create_email').waitFor({ state: 'detached' });
      await check(page, 'form-contact-create-ru');
      await contact.getByRole('button', { name: 'Сохранить' }).click();
      await page.getByText('Контакт добавлен').waitFor();
      await page.getByRole('cell', { name: 'minjun.kim@example.com' }).waitFor();
      const contacts = await embassy.getOk<{ items: { fullName: string; email: string | null }[] }>(`/companies/${id}/contacts`);
      expect(contacts.items).toEqual([expect.objectContaining({ fullName: 'Kim Min-jun', email: 'minjun.kim@example.com' })]);
      expect(writes.filter((w) => w.path === `/api/v1/companies/${id}/contacts`)).toEqual([
        { method: 'POST', path: `/api/v1/companies/${id}/contacts`, key: expect.stringMatching(/^[\w-]{8,}$/) },
      ]);
    }));

  it('the embassy records a meeting with the new company and corrects it', () =>
    withFailureShots(async () => {
      const page = await as('f.embassy', 'ru');
      await page.getByRole('link', { name: 'Встречи' }).click();
      await page.getByRole('button', { name: 'Записать встречу' }).click();
      const dialog = page.getByRole('dialog');
      // The company picker searches on the server.
      await dialog.getByLabel('Компания', { exact: true }).click();
      await page.keyboard.type('Sams');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Samsung C&T Corporation' }).click();
      const held = daysAgo(3);
      await dialog.getByLabel('Дата встречи', { exact: true }).fill(held.shown);
      await dialog.getByLabel('Дата встречи', { exact: true }).press('Enter');
      await dialog.getByLabel('Вид мероприятия', { exact: true }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Международное мероприятие' }).click();
      await dialog.getByLabel('Место', { exact: true }).fill('Seoul, COEX, Korea–Central Asia business forum');
      await dialog.getByLabel('Предмет интереса', { exact: true }).fill('Construction materials plant');
      await dialog.getByLabel('Участники', { exact: true }).fill('Ambassador\nVP Overseas Investment, Samsung C&T');
      // An amount without its currency: the form asks for the currency.
      await dialog.getByLabel('Ориентировочный объём инвестиций', { exact: true }).fill('150000000');
      await dialog.getByRole('button', { name: 'Сохранить' }).click();
      await fieldError(dialog, 'meeting-create_projectParameters_currency').getByText('Обязательное поле').waitFor();
      await dialog.getByLabel('Валюта', { exact: true }).fill('usd');
      await fieldError(dialog, 'meeting-create_projectParameters_currency').waitFor({ state: 'detached' });
      await check(page, 'form-meeting-create-ru');
      await dialog.getByRole('button', { name: 'Сохранить' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.locator('tr', { hasText: 'Construction materials plant' });
      await row.getByText('Seoul, COEX, Korea–Central Asia business forum').waitFor();
      const company = (await embassy.getOk<{ items: CompanyBody[] }>('/companies?q=Samsung')).items[0]!;
      const meetings = await embassy.getOk<{ items: MeetingBody[] }>('/meetings');
      expect(meetings.items).toEqual([
        expect.objectContaining({
          companyId: company.id,
          heldOn: held.iso,
          eventKind: 'INTERNATIONAL_EVENT',
          participants: ['Ambassador', 'VP Overseas Investment, Samsung C&T'],
          projectParameters: expect.objectContaining({ investmentAmount: '150000000', currency: 'USD' }),
        }),
      ]);
      const create = writes.filter((w) => w.method === 'POST' && w.path === '/api/v1/meetings');
      expect(create).toEqual([{ method: 'POST', path: '/api/v1/meetings', key: expect.stringMatching(/^[\w-]{8,}$/) }]);

      // Correct the card: the agreements reached.
      await row.getByRole('button', { name: /^Изменить: Construction materials plant/ }).click();
      const edit = page.getByRole('dialog');
      await edit.getByText('Исправление карточки встречи').waitFor();
      await edit.getByLabel('Достигнутые договорённости', { exact: true }).fill('Site visit to Almaty in spring');
      await check(page, 'form-meeting-edit-ru');
      await edit.getByRole('button', { name: 'Сохранить' }).click();
      await page.getByText('Карточка встречи сохранена').waitFor();
      await edit.waitFor({ state: 'hidden' });
      const after = await embassy.getOk<MeetingBody>(`/meetings/${meetings.items[0]!.meetingId}`);
      expect(after).toMatchObject({ agreementsReached: 'Site visit to Almaty in spring', place: 'Seoul, COEX, Korea–Central Asia business forum' });
    }));

  it('the akimat edits the project passport in Kazakh', () =>
    withFailureShots(async () => {
      const page = await as('f.akimat', 'kk');
      await page.goto(`/admin/projects/${projectId}`);
      await page.getByRole('button', { name: 'Паспортты өзгерту' }).click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.getByLabel('Инвестор компанияның атауы', { exact: true }).inputValue()).toBe('Samsung C&T Corporation');
      await dialog.getByLabel('Тауар позициясы (СЭҚ ТН)', { exact: true }).fill('12');
      await dialog.getByLabel('Компанияның БСН', { exact: true }).fill(WRONG_BIN);
      await dialog.getByRole('button', { name: 'Сақтау' }).click();
      await fieldError(dialog, 'passport-edit_commodityPosition').getByText('4–10 цифрдан тұратын тауар коды').waitFor();
      await fieldError(dialog, 'passport-edit_companyBin').getByText('БСН бақылау цифры сәйкес келмейді: нөмірді тексеріңіз').waitFor();
      await dialog.getByLabel('Тауар позициясы (СЭҚ ТН)', { exact: true }).fill('680610');
      await dialog.getByLabel('Компанияның БСН', { exact: true }).fill(NEW_BIN);
      await fieldError(dialog, 'passport-edit_companyBin').waitFor({ state: 'detached' });
      await fieldError(dialog, 'passport-edit_commodityPosition').waitFor({ state: 'detached' });
      await dialog.getByLabel('Жұмыс орындары', { exact: true }).fill('320');
      await dialog.getByRole('button', { name: 'Жол қосу' }).first().click();
      await dialog.getByLabel('Көзі', { exact: true }).fill('Own funds');
      await dialog.getByLabel('Шарттары', { exact: true }).fill('Equity');
      await dialog.getByLabel('Сома 1', { exact: true }).fill('2000000000');
      await check(page, 'form-passport-edit-kk');
      await dialog.getByRole('button', { name: 'Сақтау' }).click();
      await page.getByText('Паспорт сақталды').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      const project = await eventually(async () => {
        const p = await akimat.getOk<{ passport: Record<string, unknown>; companyBin: string | null }>(`/projects/${projectId}`);
        expect(p.passport).toMatchObject({ commodityPosition: '680610', companyBin: NEW_BIN, jobs: 320 });
        return p;
      });
      expect(project.passport.financingScheme).toEqual([{ source: 'Own funds', conditions: 'Equity', amount: { amount: '2000000000', currency: 'KZT' } }]);
      await page.getByRole('cell', { name: NEW_BIN }).waitFor();
      const patch = writes.filter((w) => w.method === 'PATCH' && w.path === `/api/v1/projects/${projectId}/passport`);
      expect(patch).toHaveLength(1);
      expect(pageErrors).toEqual([]);
    }));
});
