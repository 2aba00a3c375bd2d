import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  RATING_DIRECTIONS,
  RATING_FACTORS,
  REPORTING_EVENT_TYPES,
  aggregateSurvey,
  computeAttractivenessRating,
  findRegion,
  type Actor,
  type AttractivenessRatingPublishedPayload,
  type AttractivenessRegionResult,
  type QuestionStats,
  type RatingFactorId,
  type RatingScaling,
  type RuleEdition,
  type SurveyAnswers,
} from '@ndip/domain';
import {
  CLOCK,
  OutboxWriter,
  RULE_EDITION,
  appendAudit,
  uuidv7,
  type AttractivenessQueryDto,
  type Clock,
  type CommandMessage,
  type ImportHardDataDto,
  type PublishAttractivenessDto,
  type SubmitSurveyResponseDto,
} from '@ndip/platform';
import { DataSource } from 'typeorm';
import { regionName, regionScope, type Locale } from '../common/access';
import { CsvSyntaxError, parseCsv } from '../common/csv';
import { exportTable, type ExportTable } from '../common/export';

/** 004 §4 and rules.md §5.5 rule 3: the methodology settings in force (shown with every result). */
export const MIN_RESPONDENTS = 15;
export const MIN_VALID_PER_QUESTION = 5;

const HARD_FACTORS = RATING_FACTORS.filter((f) => f.source === 'HARD').map((f) => f.id);

/**
 * Who runs the attractiveness rating. §9.2 has no row for it: 004 is a methodology of the ministry, and in NDIP
 * the authorized body (AB) and the National Company as operator (NC; ADMIN acts as NC) hold the data.
 * Regional NC offices and regional investment organisations enter survey forms of their own region.
 */
const MANAGERS = ['AB', 'NC', 'ADMIN'];
const SURVEYORS = [...MANAGERS, 'NCR', 'RO'];

export interface RowError {
  row: number;
  field: string;
  message: string;
}

export interface AttractivenessRegionView extends AttractivenessRegionResult {
  regionName: { kk: string; ru: string; en: string } | null;
  /** The raw factor values the scores came from (hard data and survey aggregates). */
  inputs: Partial<Record<RatingFactorId, number | null>>;
  /** Share of "0 = I do not know the resource" answers to B2.Q11 (rules.md §5.5 rule 4). */
  q11UnknownShare: number | null;
}

export interface AttractivenessView {
  year: number;
  version: number | null;
  published: boolean;
  publishedOn: string | null;
  ratingId: string | null;
  methodology: AttractivenessRatingPublishedPayload['methodology'];
  weightsPermille: Record<string, number>;
  regions: AttractivenessRegionView[];
}

function invalid(message: string, field: string, problems?: { field: string; message: string }[]): DomainError {
  return new DomainError(DomainErrorCode.INVALID_INPUT, message, { field, ...(problems ? { problems } : {}) });
}

/**
 * Regional investment-attractiveness rating (rules.md §5; 004): hard data by CSV upload, the survey form per
 * respondent, aggregation (`aggregateSurvey`), the 1–20 scaling and weights (`computeAttractivenessRating`),
 * publication as `reporting.attractiveness-rating.published` (versioned per year).
 */
@Injectable()
export class AttractivenessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RULE_EDITION) private readonly edition: RuleEdition,
  ) {}

  private requireRole(actor: Actor, roles: readonly string[], what: string): void {
    if (!roles.includes(actor.role)) throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} may not ${what}`, { field: 'actor.role' });
  }

  /** Validates the hard-data CSV; every problem is reported with its line and column. */
  parseHardData(csv: string): { values: { region: string; factor: string; value: number | null }[]; regions: string[]; errors: RowError[] } {
    const errors: RowError[] = [];
    let parsed;
    try {
      parsed = parseCsv(csv);
    } catch (e) {
      if (e instanceof CsvSyntaxError) return { values: [], regions: [], errors: [{ row: e.line, field: `rows[${e.line}]`, message: e.message }] };
      throw e;
    }
    const [first, ...factors] = parsed.header;
    if (!first || !['regioncode', 'region', 'kato'].includes(first.toLowerCase())) {
      errors.push({ row: 1, field: 'header[0]', message: 'the first column must be regionCode (the KATO code)' });
    }
    factors.forEach((f, i) => {
      if (!HARD_FACTORS.includes(f as RatingFactorId)) {
        errors.push({ row: 1, field: `header[${i + 1}]`, message: `${f} is not a hard-data factor (one of ${HARD_FACTORS.join(', ')})` });
      } else if (factors.indexOf(f) !== i) errors.push({ row: 1, field: `header[${i + 1}]`, message: `${f} appears twice` });
    });
    if (factors.length === 0) errors.push({ row: 1, field: 'header', message: 'no factor columns' });
    if (parsed.rows.length === 0) errors.push({ row: 2, field: 'rows', message: 'no data rows' });
    if (errors.length > 0) return { values: [], regions: [], errors };
    const number = parsed.delimiter === ';' ? /^-?\d+([.,]\d+)?$/ : /^-?\d+(\.\d+)?$/;
    const seen = new Map<string, number>();
    const values: { region: string; factor: string; value: number | null }[] = [];
    for (const { line, cells } of parsed.rows) {
      const code = (cells[0] ?? '').trim();
      if (cells.length !== parsed.header.length) {
        errors.push({ row: line, field: `rows[${line}]`, message: `${cells.length} cells, the header has ${parsed.header.length}` });
        continue;
      }
      if (!findRegion(code)) {
        errors.push({ row: line, field: `rows[${line}].regionCode`, message: `${code || '(empty)'} is not a KATO code of a region` });
        continue;
      }
      if (seen.has(code)) {
        errors.push({ row: line, field: `rows[${line}].regionCode`, message: `${code} is already on line ${seen.get(code)}` });
        continue;
      }
      seen.set(code, line);
      factors.forEach((f, i) => {
        const raw = (cells[i + 1] ?? '').trim();
        if (raw === '') return values.push({ region: code, factor: f, value: null });
        if (!number.test(raw)) {
          errors.push({ row: line, field: `rows[${line}].${f}`, message: `${f} must be a number, got "${raw.slice(0, 40)}"` });
          return;
        }
        values.push({ region: code, factor: f, value: Number(raw.replace(',', '.')) });
      });
    }
    return { values, regions: [...seen.keys()], errors };
  }

  async importHardData(
    d: ImportHardDataDto,
    cmd: CommandMessage,
  ): Promise<{ year: number; stored: boolean; regions: number; values: number; errors: RowError[] }> {
    this.requireRole(cmd.actor, MANAGERS, 'import attractiveness hard data');
    const { values, regions, errors } = this.parseHardData(d.csv);
    if (d.dryRun) return { year: d.year, stored: false, regions: regions.length, values: values.filter((v) => v.value !== null).length, errors };
    if (errors.length > 0) {
      const summary = errors
        .slice(0, 20)
        .map((e) => `line ${e.row} ${e.field}: ${e.message}`)
        .join('; ');
      throw invalid(
        `the file has ${errors.length} error(s), nothing was stored: ${summary}`,
        errors[0]!.field,
        errors.map((e) => ({ field: e.field, message: e.message })),
      );
    }
    const uploadId = uuidv7();
    const stored = values.filter((v) => v.value !== null);
    await this.dataSource.transaction(async (m) => {
      // The file replaces the year's hard data of the regions it lists.
      await m.query(`DELETE FROM attr_hard_value WHERE year = $1 AND region_code = ANY($2::char(9)[])`, [d.year, regions]);
      if (stored.length > 0) {
        await m.query(
          `INSERT INTO attr_hard_value (year, region_code, factor_id, value, upload_id) SELECT $1, * , $5 FROM unnest($2::char(9)[], $3::text[], $4::numeric[])`,
          [d.year, stored.map((v) => v.region), stored.map((v) => v.factor), stored.map((v) => String(v.value)), uploadId],
        );
      }
      await appendAudit(m, {
        actor: cmd.actor,
        action: 'attractiveness.import-hard-data',
        entityType: 'attractiveness-hard-data',
        entityId: `${d.year}:${uploadId}`,
        oldValue: null,
        newValue: { year: d.year, regions, values: stored.length },
        ruleEdition: this.edition.code,
        correlationId: cmd.correlationId,
      });
    });
    return { year: d.year, stored: true, regions: regions.length, values: stored.length, errors: [] };
  }

  async submitSurvey(
    d: SubmitSurveyResponseDto,
    cmd: CommandMessage,
  ): Promise<{ responseId: string; year: number; regionCode: string; respondentsInRegion: number; insufficientSample: boolean }> {
    this.requireRole(cmd.actor, SURVEYORS, 'enter attractiveness survey forms');
    const region = d.enterprise.regionCode;
    if (!findRegion(region))
      throw new DomainError(DomainErrorCode.UNKNOWN_REFERENCE, `${region} is not a KATO code of a region`, { field: 'enterprise.regionCode' });
    if (['NCR', 'RO'].includes(cmd.actor.role) && regionScope(cmd.actor) !== region) {
      throw new DomainError(DomainErrorCode.WRONG_ROLE, 'a regional office enters the forms of its own region', { field: 'enterprise.regionCode' });
    }
    const { Q16, ...scored } = d.answers;
    // The domain checks the answers the same way it aggregates them (Q9/Q10 1–7, 0 elsewhere = not encountered).
    aggregateSurvey([{ region, answers: scored as SurveyAnswers }]);
    const responseId = uuidv7();
    return this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO attr_survey_response (response_id, year, region_code, respondent_id, enterprise, answers, concerns, submitted_by_org)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [responseId, d.year, region, d.respondentId, JSON.stringify(d.enterprise), JSON.stringify(scored), Q16 ?? null, cmd.actor.organizationId],
      );
      await appendAudit(m, {
        actor: cmd.actor,
        action: 'attractiveness.submit-survey',
        entityType: 'attractiveness-survey-response',
        entityId: responseId,
        oldValue: null,
        newValue: { year: d.year, region, respondentId: d.respondentId },
        ruleEdition: this.edition.code,
        correlationId: cmd.correlationId,
      });
      const [c] = (await m.query(`SELECT count(*)::int AS n FROM attr_survey_response WHERE year = $1 AND region_code = $2`, [d.year, region])) as {
        n: number;
      }[];
      return { responseId, year: d.year, regionCode: region, respondentsInRegion: c!.n, insufficientSample: c!.n < MIN_RESPONDENTS };
    });
  }

  /** Computes the rating of a year from the stored hard data and survey responses (not stored). */
  async compute(
    year: number,
    scaling: RatingScaling,
    insufficientSample: 'EXCLUDE' | 'WARN',
  ): Promise<Omit<AttractivenessView, 'version' | 'published' | 'publishedOn' | 'ratingId'>> {
    const hard = (await this.dataSource.query(`SELECT region_code, factor_id, value::float8 AS value FROM attr_hard_value WHERE year = $1`, [year])) as {
      region_code: string;
      factor_id: RatingFactorId;
      value: number;
    }[];
    const responses = (await this.dataSource.query(`SELECT region_code, answers FROM attr_survey_response WHERE year = $1`, [year])) as {
      region_code: string;
      answers: SurveyAnswers;
    }[];
    const methodology = {
      scaling,
      directionAggregation: 'MEAN' as const,
      minRespondents: MIN_RESPONDENTS,
      minValidPerQuestion: MIN_VALID_PER_QUESTION,
      insufficientSample,
    };
    const weightsPermille = Object.fromEntries(RATING_DIRECTIONS.map((d) => [d.id, d.weightPermille]));
    const survey = aggregateSurvey(
      responses.map((r) => ({ region: r.region_code, answers: r.answers })),
      { minRespondents: MIN_RESPONDENTS, minValidPerQuestion: MIN_VALID_PER_QUESTION, insufficientSample },
    );
    const bySurvey = new Map(survey.map((s) => [s.region, s]));
    const inputs = new Map<string, Partial<Record<RatingFactorId, number | null>>>();
    for (const h of hard) inputs.set(h.region_code, { ...inputs.get(h.region_code), [h.factor_id]: h.value });
    for (const s of survey) inputs.set(s.region, { ...inputs.get(s.region), ...s.factors });
    if (inputs.size === 0) throw new DomainError(DomainErrorCode.NOT_FOUND, `no hard data and no survey responses for ${year}`, { field: 'year' });
    const results = computeAttractivenessRating({ regions: [...inputs.entries()].map(([region, factors]) => ({ region, factors })) }, { scaling });
    return {
      year,
      methodology,
      weightsPermille,
      regions: results.map((r) => {
        const s = bySurvey.get(r.region);
        const q11 = s?.questions.Q11 as QuestionStats | undefined;
        return {
          regionCode: r.region,
          regionName: regionName(r.region),
          rank: r.rank,
          score: r.score,
          complete: r.complete,
          directions: { ...r.directions },
          factorScores: { ...r.factorScores } as Record<string, number>,
          respondents: s?.respondents ?? 0,
          flags: s ? [...s.flags] : ['INSUFFICIENT_SAMPLE'],
          inputs: inputs.get(r.region) ?? {},
          q11UnknownShare: q11 && q11.answered > 0 ? q11.nZero / q11.answered : null,
        };
      }),
    };
  }

  /** The published rating (latest version, or one version); `preview` computes from the data now (AB, NC). */
  async rating(actor: Actor, q: AttractivenessQueryDto): Promise<AttractivenessView> {
    if (q.preview) {
      this.requireRole(actor, MANAGERS, 'preview an unpublished rating');
      const v = await this.compute(q.year, q.scaling ?? 'S1', 'EXCLUDE');
      return { ...v, version: null, published: false, publishedOn: null, ratingId: null };
    }
    if (q.scaling !== undefined) throw invalid('scaling applies to a preview only', 'scaling');
    const rows = (await this.dataSource.query(
      `SELECT rating_id, version, methodology, results, published_on::text AS published_on FROM attr_rating
        WHERE year = $1 ${q.version !== undefined ? 'AND version = $2' : ''} ORDER BY version DESC LIMIT 1`,
      q.version !== undefined ? [q.year, q.version] : [q.year],
    )) as { rating_id: string; version: number; methodology: AttractivenessView['methodology']; results: AttractivenessView; published_on: string }[];
    const r = rows[0];
    if (!r) throw new DomainError(DomainErrorCode.NOT_FOUND, `no published attractiveness rating for ${q.year}${q.version ? ` version ${q.version}` : ''}`);
    return { ...r.results, version: r.version, published: true, publishedOn: r.published_on, ratingId: r.rating_id };
  }

  async publish(d: PublishAttractivenessDto, cmd: CommandMessage): Promise<AttractivenessView> {
    this.requireRole(cmd.actor, MANAGERS, 'publish the attractiveness rating');
    const computed = await this.compute(d.year, d.scaling ?? 'S1', d.insufficientSample ?? 'EXCLUDE');
    const ratingId = uuidv7();
    const publishedOn = this.clock.today();
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('ndip.attr_rating'), $1)`, [d.year]);
      const [v] = (await m.query(`SELECT COALESCE(max(version), 0) + 1 AS v FROM attr_rating WHERE year = $1`, [d.year])) as { v: number }[];
      const version = v!.v;
      await m.query(
        `INSERT INTO attr_rating (rating_id, year, version, methodology, results, published_on, published_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [ratingId, d.year, version, JSON.stringify(computed.methodology), JSON.stringify(computed), publishedOn, cmd.actor.organizationId],
      );
      const payload: AttractivenessRatingPublishedPayload = {
        ratingId,
        year: d.year,
        version,
        publishedOn,
        methodology: computed.methodology,
        weightsPermille: computed.weightsPermille,
        regions: computed.regions.map((r) => ({
          regionCode: r.regionCode,
          rank: r.rank,
          score: r.score,
          complete: r.complete,
          directions: r.directions,
          factorScores: r.factorScores,
          respondents: r.respondents,
          flags: r.flags,
        })),
      };
      await this.outbox.append(
        m,
        [{ type: REPORTING_EVENT_TYPES.attractivenessRatingPublished, version: 1, aggregateType: 'attractiveness-rating', aggregateId: ratingId, payload }],
        { actor: cmd.actor, correlationId: cmd.correlationId, causationId: null, ruleEdition: this.edition.code, occurredAt: this.clock.now() },
      );
      await appendAudit(m, {
        actor: cmd.actor,
        action: 'attractiveness.publish',
        entityType: 'attractiveness-rating',
        entityId: ratingId,
        oldValue: null,
        newValue: { year: d.year, version, scaling: computed.methodology.scaling },
        ruleEdition: this.edition.code,
        correlationId: cmd.correlationId,
      });
      return { ...computed, version, published: true, publishedOn, ratingId };
    });
  }

  async ratingExport(actor: Actor, q: AttractivenessQueryDto, locale: Locale): Promise<ExportTable> {
    const v = await this.rating(actor, q);
    const dirs = RATING_DIRECTIONS.map((d) => d.id);
    const factors = RATING_FACTORS.map((f) => f.id);
    const head = {
      en: ['rank', 'region code', 'region', 'R'],
      ru: ['место', 'код КАТО', 'регион', 'R'],
      kk: ['орын', 'ҚАТО коды', 'өңір', 'R'],
    }[locale];
    const tail = {
      en: ['complete', 'respondents', 'flags', 'scaling', 'version'],
      ru: ['полный', 'респонденты', 'отметки', 'шкалирование', 'версия'],
      kk: ['толық', 'респонденттер', 'белгілер', 'шкалалау', 'нұсқа'],
    }[locale];
    const dirNames = RATING_DIRECTIONS.map((d) => `${d.id} ${d.name[locale]}`);
    return exportTable(
      `attractiveness-rating-${v.year}${v.version ? `-v${v.version}` : '-preview'}`,
      [...head, ...dirNames, ...factors, ...tail],
      v.regions.map((r) => [
        r.rank,
        r.regionCode,
        r.regionName?.[locale] ?? '',
        r.score,
        ...dirs.map((d) => r.directions[d]),
        ...factors.map((f) => r.factorScores[f]),
        r.complete,
        r.respondents,
        r.flags.join(' '),
        v.methodology.scaling,
        v.version ?? '',
      ]),
    );
  }
}
