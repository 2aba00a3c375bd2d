import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, REGIONS } from '@ndip/domain';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { Kafka, logLevel } from 'kafkajs';
import { eventually } from '../support/eventually';
import { query, testInfra, uniqueName } from '../support/infra';
import { ACTORS, ReportingHarness, mio, type Result } from './reporting-support';

/**
 * The regional investment-attractiveness rating (file 004) through the reporting service as a process: hard
 * data by CSV (per-row errors), the survey form per respondent, the rating for 20 regions checked against a
 * second, straightforward implementation written here, publication, and a BI consumer written only against
 * docs/asyncapi.yaml and docs/schemas. Then the quarterly reports (due dates, late flags, consolidation).
 */

const YEAR = 2029;
const HARD = ['F1.1', 'F1.2', 'F2.1', 'F2.2', 'F3.1', 'F3.2', 'F5'] as const;
const SCALE = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10', 'Q11', 'Q12', 'Q13'] as const;

/** Deterministic pseudo-random numbers (mulberry32), so that a failure can be reproduced. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Answers = Record<string, number | boolean | string>;

// ---- a second implementation of rules.md §5 (004 §8, §10; aggregation rules 1–5), written for this test ----
const WEIGHTS: Record<string, number> = { F1: 0.15, F2: 0.1, F3: 0.45, F4: 0.05, F5: 0.1, F6: 0.025, F7: 0.05, F8: 0.05, F9: 0.025 };
const SOFT: Record<string, string> = {
  'F4.1': 'Q4',
  'F4.3': 'Q5',
  F6: 'Q6',
  'F7.1': 'Q8',
  'F7.2': 'Q9',
  'F7.3': 'Q10',
  'F7.4': 'Q11',
  'F8.1': 'Q12',
  F9: 'Q13',
};
const LOWER_BETTER = new Set(['F8.2', 'F8.3']);

function independentRating(hard: Map<string, Record<string, number>>, survey: Map<string, Answers[]>) {
  const raw = new Map<string, Record<string, number>>();
  for (const code of new Set([...hard.keys(), ...survey.keys()])) {
    const f: Record<string, number> = { ...(hard.get(code) ?? {}) };
    const answers = survey.get(code) ?? [];
    if (answers.length >= 15) {
      for (const [factor, q] of Object.entries(SOFT)) {
        const valid = answers.map((a) => a[q] as number).filter((v) => v > 0);
        if (valid.length >= 5) f[factor] = valid.reduce((s, v) => s + v, 0) / valid.length;
      }
      const q5 = answers.map((a) => a.Q5 as number);
      f['F4.2'] = q5.filter((v) => v > 0).length / q5.length;
      f['F8.2'] = answers.reduce((s, a) => s + (a.Q14 as number), 0) / answers.length;
      f['F8.3'] = answers.filter((a) => a.Q15 === true).length / answers.length;
    }
    raw.set(code, f);
  }
  const factors = [...new Set([...raw.values()].flatMap((f) => Object.keys(f)))];
  const scores = new Map<string, Record<string, number>>([...raw.keys()].map((c) => [c, {}]));
  for (const factor of factors) {
    const have = [...raw.entries()].filter(([, f]) => f[factor] !== undefined);
    const values = have.map(([, f]) => f[factor]!);
    const best = LOWER_BETTER.has(factor) ? Math.min(...values) : Math.max(...values);
    const worst = LOWER_BETTER.has(factor) ? Math.max(...values) : Math.min(...values);
    for (const [code, f] of have) scores.get(code)![factor] = best === worst ? 20 : 1 + (19 * (f[factor]! - worst)) / (best - worst);
  }
  const results = [...scores.entries()].map(([code, s]) => {
    const directions: Record<string, number | null> = {};
    for (const d of Object.keys(WEIGHTS)) {
      const own = Object.entries(s).filter(([k]) => k === d || k.startsWith(`${d}.`));
      directions[d] = own.length === 0 ? null : own.reduce((t, [, v]) => t + v, 0) / own.length;
    }
    const complete = Object.values(directions).every((v) => v !== null);
    const score = complete ? Object.entries(WEIGHTS).reduce((t, [d, w]) => t + w * directions[d]!, 0) : null;
    return { code, scores: s, directions, score };
  });
  const ranked = results.filter((r) => r.score !== null);
  return new Map(results.map((r) => [r.code, { ...r, rank: r.score === null ? null : 1 + ranked.filter((o) => o.score! > r.score! + 1e-12).length }]));
}

describe('reporting: the attractiveness rating (004) and the quarterly reports', () => {
  const h = new ReportingHarness(221);
  const random = rng(20290401);
  const hard = new Map<string, Record<string, number>>();
  const survey = new Map<string, Answers[]>();
  const SMALL = REGIONS[7]!.code; // fewer than 15 respondents
  const GAP = REGIONS[3]!.code; // no F3.2 in the file

  beforeAll(async () => {
    await h.start({ NDIP_FIXED_TODAY: '2031-04-16' });
  });

  afterAll(async () => {
    await h.stop();
  });

  it('refuses a hard-data file with errors, naming each row and column, and stores nothing', async () => {
    const bad = [
      'regionCode,F1.1,F3.1',
      `${REGIONS[0]!.code},104.2,115`,
      `${REGIONS[1]!.code},abc,98`,
      `999999999,101,100`,
      `${REGIONS[0]!.code},100,100`,
    ].join('\n');
    const r = await h.call(COMMANDS.reporting.importAttractivenessHardData, ACTORS.ab, { year: YEAR, csv: bad });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'rows[3].F1.1' } });
    const problems = (r as Extract<Result, { ok: false }>).error.problems!.map((p) => p.field);
    expect(problems).toEqual(['rows[3].F1.1', 'rows[4].regionCode', 'rows[5].regionCode']);
    const dry = await h.ok<{ stored: boolean; errors: { row: number; field: string }[] }>(COMMANDS.reporting.importAttractivenessHardData, ACTORS.ab, {
      year: YEAR,
      csv: bad,
      dryRun: true,
    });
    expect(dry.stored).toBe(false);
    expect(dry.errors.map((e) => e.row)).toEqual([3, 4, 5]);
    const header = await h.call(COMMANDS.reporting.importAttractivenessHardData, ACTORS.ab, { year: YEAR, csv: 'regionCode,F4.1\n750000000,3' });
    expect(header).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'header[1]' } });
    expect(await query(h.dbUrl, `SELECT 1 FROM attr_hard_value WHERE year = $1`, [YEAR])).toHaveLength(0);
    expect(await h.call(COMMANDS.reporting.importAttractivenessHardData, mio('750000000'), { year: YEAR, csv: 'regionCode,F1.1\n750000000,3' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_ROLE' },
    });
    expect(await h.call(COMMANDS.reporting.importAttractivenessHardData, ACTORS.ab, { year: 'x', csv: 'a' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'year' },
    });
  });

  it('imports the hard data of 20 regions (a semicolon file with decimal commas too)', async () => {
    const lines = ['regionCode,F1.1,F1.2,F2.1,F2.2,F3.1,F3.2,F5'];
    for (const r of REGIONS) {
      const v: Record<string, number> = {};
      for (const f of HARD) v[f] = Math.round((90 + random() * 40) * 10) / 10;
      if (r.code === GAP) delete v['F3.2'];
      hard.set(r.code, v);
    }
    for (const r of REGIONS.slice(0, 10)) lines.push([r.code, ...HARD.map((f) => hard.get(r.code)![f] ?? '')].join(','));
    const first = await h.ok<{ stored: boolean; regions: number }>(COMMANDS.reporting.importAttractivenessHardData, ACTORS.ab, {
      year: YEAR,
      csv: lines.join('\r\n'),
    });
    expect(first).toMatchObject({ stored: true, regions: 10 });
    const semi = ['regionCode;F1.1;F1.2;F2.1;F2.2;F3.1;F3.2;F5'];
    for (const r of REGIONS.slice(10)) semi.push([r.code, ...HARD.map((f) => String(hard.get(r.code)![f] ?? '').replace('.', ','))].join(';'));
    expect(await h.ok(COMMANDS.reporting.importAttractivenessHardData, ACTORS.nc, { year: YEAR, csv: semi.join('\n') })).toMatchObject({
      stored: true,
      regions: 10,
    });
    const [n] = await query<{ n: number }>(h.dbUrl, `SELECT count(*)::int AS n FROM attr_hard_value WHERE year = $1`, [YEAR]);
    expect(n!.n).toBe(20 * 7 - 1);
  });

  it('takes the survey form per respondent, refusing bad answers by field', async () => {
    const forms: { region: string; respondentId: string; answers: Answers }[] = [];
    for (const r of REGIONS) {
      const n = r.code === SMALL ? 10 : 15 + Math.floor(random() * 3);
      const list: Answers[] = [];
      for (let i = 0; i < n; i++) {
        const a: Answers = {};
        for (const q of SCALE) a[q] = q === 'Q9' || q === 'Q10' ? 1 + Math.floor(random() * 7) : Math.floor(random() * 8);
        a.Q14 = Math.floor(random() * 7);
        a.Q15 = random() < 0.2;
        list.push(a);
        forms.push({ region: r.code, respondentId: `${r.code}-${i}`, answers: { ...a, Q16: 'Land allocation takes long' } });
      }
      survey.set(r.code, list);
    }
    for (let i = 0; i < forms.length; i += 30) {
      await Promise.all(
        forms.slice(i, i + 30).map((f) =>
          h.ok(COMMANDS.reporting.submitAttractivenessSurvey, ACTORS.nc, {
            year: YEAR,
            respondentId: f.respondentId,
            enterprise: { name: 'LLP', regionCode: f.region, employees: 40, sector: 'C10', investedLast3Years: 'yes' },
            answers: f.answers,
          }),
        ),
      );
    }
    const [c] = await query<{ n: number }>(h.dbUrl, `SELECT count(*)::int AS n FROM attr_survey_response WHERE year = $1`, [YEAR]);
    expect(c!.n).toBe(forms.length);

    const form = (answers: Answers, regionCode = '750000000', respondentId = uniqueName('resp')) => ({
      year: YEAR,
      respondentId,
      enterprise: { regionCode },
      answers,
    });
    expect(await h.call(COMMANDS.reporting.submitAttractivenessSurvey, ACTORS.nc, form({ Q9: 0 }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'answers.Q9' },
    });
    expect(await h.call(COMMANDS.reporting.submitAttractivenessSurvey, ACTORS.nc, form({ Q4: 8 }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'answers.Q4' },
    });
    expect(await h.call(COMMANDS.reporting.submitAttractivenessSurvey, ACTORS.nc, form({ Q17: 1 }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'answers.Q17' },
    });
    expect(await h.call(COMMANDS.reporting.submitAttractivenessSurvey, ACTORS.nc, form({ Q4: 3 }, 'Almaty'))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'enterprise.regionCode' },
    });
    expect(await h.call(COMMANDS.reporting.submitAttractivenessSurvey, ACTORS.nc, form({ Q4: 3 }, '750000000', forms[0]!.respondentId))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const ncr = { userId: 'u-ncr', organizationId: 'org-ncr', role: 'NCR' as const, regionCode: '710000000', countryCode: null };
    expect(await h.call(COMMANDS.reporting.submitAttractivenessSurvey, ncr, form({ Q4: 3 }))).toMatchObject({ ok: false, error: { code: 'WRONG_ROLE' } });
    expect(await h.call(COMMANDS.reporting.submitAttractivenessSurvey, ACTORS.fi, form({ Q4: 3 }))).toMatchObject({ ok: false, error: { code: 'WRONG_ROLE' } });
  });

  it('computes the rating of 20 regions exactly as a second implementation does; flags the region under 15 respondents', async () => {
    const expected = independentRating(hard, survey);
    const v = await h.ok<{
      published: boolean;
      regions: {
        regionCode: string;
        rank: number | null;
        score: number | null;
        complete: boolean;
        directions: Record<string, number | null>;
        factorScores: Record<string, number>;
        flags: string[];
        respondents: number;
      }[];
    }>(COMMANDS.reporting.attractivenessRating, ACTORS.ab, { year: YEAR, preview: true });
    expect(v.published).toBe(false);
    expect(v.regions).toHaveLength(20);
    for (const r of v.regions) {
      const e = expected.get(r.regionCode)!;
      expect([r.regionCode, r.rank]).toEqual([r.regionCode, e.rank]);
      if (e.score === null) expect(r.score).toBeNull();
      else expect(r.score).toBeCloseTo(e.score, 9);
      for (const [d, x] of Object.entries(e.directions)) {
        if (x === null) expect(r.directions[d]).toBeNull();
        else expect(r.directions[d]).toBeCloseTo(x, 9);
      }
      expect(Object.keys(r.factorScores).sort()).toEqual(Object.keys(e.scores).sort());
      for (const [f, x] of Object.entries(e.scores)) expect(r.factorScores[f]).toBeCloseTo(x, 9);
    }
    const small = v.regions.find((r) => r.regionCode === SMALL)!;
    expect(small).toMatchObject({ complete: false, score: null, rank: null, flags: ['INSUFFICIENT_SAMPLE'], respondents: 10 });
    expect(v.regions.filter((r) => r.complete)).toHaveLength(19);
    expect(v.regions.find((r) => r.regionCode === GAP)!.factorScores['F3.2']).toBeUndefined();
    expect(await h.call(COMMANDS.reporting.attractivenessRating, mio('750000000'), { year: YEAR, preview: true })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_ROLE' },
    });
    expect(await h.call(COMMANDS.reporting.attractivenessRating, ACTORS.ab, { year: YEAR })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('publishes the rating; a consumer that knows only docs/asyncapi.yaml reads the event and validates it against its schema', async () => {
    const published = await h.ok<{ ratingId: string; version: number; regions: Record<string, unknown>[] }>(
      COMMANDS.reporting.publishAttractivenessRating,
      ACTORS.ab,
      {
        year: YEAR,
      },
    );
    expect(published.version).toBe(1);
    const again = await h.ok<{ version: number }>(COMMANDS.reporting.publishAttractivenessRating, ACTORS.ab, { year: YEAR, scaling: 'S3' });
    expect(again.version).toBe(2);
    const latest = await h.ok<{ version: number; methodology: { scaling: string } }>(COMMANDS.reporting.attractivenessRating, mio('750000000'), { year: YEAR });
    expect(latest).toMatchObject({ version: 2, methodology: { scaling: 'S3' } });
    const v1 = await h.ok<{ ratingId: string }>(COMMANDS.reporting.attractivenessRating, ACTORS.cia, { year: YEAR, version: 1 });
    expect(v1.ratingId).toBe(published.ratingId);

    // ---- the BI consumer: a plain kafkajs script driven by the AsyncAPI document ----
    const docs = join(__dirname, '..', '..', 'docs');
    const api = load(readFileSync(join(docs, 'asyncapi.yaml'), 'utf8')) as {
      channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
      components: { messages: Record<string, { name: string; payload: { schema: { $ref: string } } }> };
    };
    const wanted = 'reporting.attractiveness-rating.published';
    const [channel, key] = Object.values(api.channels)
      .flatMap((c) => Object.values(c.messages).map((m) => [c, m.$ref.split('/').pop()!] as const))
      .find(([, k]) => api.components.messages[k]!.name === wanted)!;
    const ajv = new Ajv({ allErrors: true });
    for (const f of readdirSync(join(docs, 'schemas'))) ajv.addSchema(JSON.parse(readFileSync(join(docs, 'schemas', f), 'utf8')) as object);
    const schema = JSON.parse(readFileSync(join(docs, api.components.messages[key]!.payload.schema.$ref), 'utf8')) as { $id: string };
    const validate = ajv.getSchema(schema.$id)!;

    const seen: { value: Record<string, unknown>; valid: boolean; errors: unknown }[] = [];
    const consumer = new Kafka({ clientId: 'ministry-bi', brokers: testInfra().brokers.split(','), logLevel: logLevel.NOTHING }).consumer({
      groupId: uniqueName('ministry-bi'),
      sessionTimeout: 6000,
      heartbeatInterval: 1000,
      maxWaitTimeInMs: 100,
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [channel.address], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const value = JSON.parse(message.value!.toString('utf8')) as Record<string, unknown>;
        if (value.type !== wanted) return;
        seen.push({ value, valid: validate(value) as boolean, errors: validate.errors });
      },
    });
    try {
      const event = await eventually(() => {
        const e = seen.find((s) => (s.value.payload as { ratingId: string }).ratingId === published.ratingId);
        if (!e) throw new Error('rating event not received yet');
        return e;
      }, 60_000);
      expect(event.errors).toBeNull();
      expect(event.valid).toBe(true);
      const payload = event.value.payload as { year: number; version: number; regions: Record<string, unknown>[] };
      expect(payload).toMatchObject({ year: YEAR, version: 1 });
      expect(payload.regions).toEqual(
        published.regions.map((r) => ({
          regionCode: r.regionCode,
          rank: r.rank,
          score: r.score,
          complete: r.complete,
          directions: r.directions,
          factorScores: r.factorScores,
          respondents: r.respondents,
          flags: r.flags,
        })),
      );
      // A tampered copy does not pass the schema: the check can fail.
      expect(validate({ ...event.value, payload: { ...payload, regions: [{ regionCode: 'X' }] } })).toBe(false);
    } finally {
      await consumer.disconnect();
    }

    const csv = await h.ok<{ filename: string; body: string }>(COMMANDS.reporting.attractivenessRating, ACTORS.ab, { year: YEAR, version: 1, format: 'csv' });
    expect(csv.filename).toBe(`attractiveness-rating-${YEAR}-v1.csv`);
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toContain('F3 Investment growth rate');
  });

  it('takes the quarterly reports with their due dates, flags the late ones, and consolidates them', async () => {
    const almaty = mio('750000000');
    const r1 = await h.ok<{ reportId: string; kind: string; dueOn: string; late: boolean; figures: Record<string, unknown> }>(
      COMMANDS.reporting.submitQuarterlyReport,
      almaty,
      {
        year: 2031,
        quarter: 1,
        narrative: 'Work done in Q1',
        declared: { meetingsHeld: 4, informationRequests: 3, informationRequestsAnsweredIn5Wd: 3 },
      },
    );
    // Today is 16 April: the regional report was due on the 15th.
    expect(r1).toMatchObject({ kind: 'REGIONAL_TO_NC', dueOn: '2031-04-15', late: true });
    expect(r1.figures).toMatchObject({ period: { start: '2031-01-01', end: '2031-03-31' }, projects: { total: expect.any(Number) } });
    const r2 = await h.ok<{ kind: string; late: boolean; dueOn: string }>(COMMANDS.reporting.submitQuarterlyReport, ACTORS.fi, {
      year: 2031,
      quarter: 1,
      narrative: 'Seoul',
    });
    expect(r2).toMatchObject({ kind: 'EXTERNAL_TO_AB', dueOn: '2031-04-15', late: true });
    expect(await h.call(COMMANDS.reporting.submitQuarterlyReport, almaty, { year: 2031, quarter: 1, narrative: 'again' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await h.call(COMMANDS.reporting.submitQuarterlyReport, almaty, { year: 2031, quarter: 2, narrative: 'early' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STATE', field: 'quarter' },
    });
    expect(await h.call(COMMANDS.reporting.submitQuarterlyReport, almaty, { year: 2031, quarter: 5, narrative: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'quarter' },
    });
    expect(await h.call(COMMANDS.reporting.submitQuarterlyReport, ACTORS.nch, { year: 2031, quarter: 1, narrative: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_ROLE' },
    });

    const consolidated = await h.ok<{
      kind: string;
      dueOn: string;
      late: boolean;
      includedReports: string[];
      figures: { submissions: { regionsMissing: string[]; late: { reportId: string }[] } };
    }>(COMMANDS.reporting.consolidateQuarterlyReports, ACTORS.nc, { year: 2031, quarter: 1, narrative: 'Consolidated Q1' });
    expect(consolidated).toMatchObject({ kind: 'CONSOLIDATED_TO_AB', dueOn: '2031-04-20', late: false, includedReports: [r1.reportId] });
    expect(consolidated.figures.submissions.regionsMissing).toHaveLength(19);
    expect(consolidated.figures.submissions.late.map((l) => l.reportId)).toEqual([r1.reportId]);
    expect(await h.call(COMMANDS.reporting.consolidateQuarterlyReports, almaty, { year: 2031, quarter: 1, narrative: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_ROLE' },
    });

    const total = async (actor: Parameters<typeof h.ok>[1]) =>
      (await h.ok<{ total: number }>(COMMANDS.reporting.listQuarterlyReports, actor, { year: 2031 })).total;
    expect(await total(ACTORS.ab)).toBe(3);
    expect(await total(ACTORS.nc)).toBe(2);
    expect(await total(almaty)).toBe(1);
    expect(await total(mio('710000000'))).toBe(0);
    expect(await h.call(COMMANDS.reporting.getQuarterlyReport, mio('710000000', 'org-other'), { reportId: r1.reportId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const csv = await h.ok<{ body: string }>(COMMANDS.reporting.getQuarterlyReport, ACTORS.ab, { reportId: r1.reportId, format: 'csv' });
    expect(csv.body).toContain('late,true');
    expect(csv.body).toContain('dueOn,2031-04-15');
    expect(csv.body).toContain('declared.meetingsHeld,4');
  });
});
