/**
 * Regional investment-attractiveness rating (рейтинг инвестиционной привлекательности регионов):
 * rules.md §5; 004 §5–19 and the survey Form.
 *
 * R = 0.15·F1 + 0.10·F2 + 0.45·F3 + 0.05·F4 + 0.10·F5 + 0.025·F6 + 0.05·F7 + 0.05·F8 + 0.025·F9 (004 §8).
 * Each factor is scaled to 1–20 across the rated regions (004 §10; 1 = worst, 20 = best); recommended
 * S1 (anchored min–max), with lower-better factors inverted; a direction is the arithmetic mean of its
 * factor scores. Higher R = more attractive. Full precision is kept; round for display only.
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { getRegion } from '../reference/regions';

export type RatingDirectionId = 'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6' | 'F7' | 'F8' | 'F9';
export type RatingFactorId =
  | 'F1.1'
  | 'F1.2'
  | 'F2.1'
  | 'F2.2'
  | 'F3.1'
  | 'F3.2'
  | 'F4.1'
  | 'F4.2'
  | 'F4.3'
  | 'F5'
  | 'F6'
  | 'F7.1'
  | 'F7.2'
  | 'F7.3'
  | 'F7.4'
  | 'F8.1'
  | 'F8.2'
  | 'F8.3'
  | 'F9';

type Names = { kk: string; ru: string; en: string };

export interface RatingDirection {
  id: RatingDirectionId;
  /** Weight in per mille (sum 1000), 004 §8. */
  weightPermille: number;
  name: Names;
  paragraph: string;
}

export interface RatingFactor {
  id: RatingFactorId;
  direction: RatingDirectionId;
  polarity: 'HIGHER_BETTER' | 'LOWER_BETTER';
  /** HARD = statistical / departmental data; SURVEY = the entrepreneurs' survey (soft data), 004 §7. */
  source: 'HARD' | 'SURVEY';
  /** Survey question the factor is computed from (mapping inferred, rules.md §5.3). */
  surveyQuestion?: SurveyQuestionId;
  name: Names;
}

// rules.md §5.2–5.3; 004 §5, §8, §9, §11–18
export const RATING_DIRECTIONS: readonly RatingDirection[] = [
  {
    id: 'F1',
    weightPermille: 150,
    paragraph: '004 §9',
    name: { kk: 'Өндірістік қордың өсу қарқыны', ru: 'Темп роста производственного фонда', en: 'Growth rate of the production base' },
  },
  {
    id: 'F2',
    weightPermille: 100,
    paragraph: '004 §11',
    name: { kk: 'Шағын және орта кәсіпкерліктің өсу қарқыны', ru: 'Темп роста МСП', en: 'SME growth rate' },
  },
  { id: 'F3', weightPermille: 450, paragraph: '004 §12', name: { kk: 'Инвестицияның өсу қарқыны', ru: 'Темп роста инвестиций', en: 'Investment growth rate' } },
  { id: 'F4', weightPermille: 50, paragraph: '004 §13', name: { kk: 'Қаржы институттары', ru: 'Финансовые институты', en: 'Financial institutions' } },
  {
    id: 'F5',
    weightPermille: 100,
    paragraph: '004 §14',
    name: { kk: 'Нысаналы индикаторларды орындау', ru: 'Выполнение целевых индикаторов', en: 'Fulfilment of target indicators' },
  },
  {
    id: 'F6',
    weightPermille: 25,
    paragraph: '004 §15',
    name: { kk: '«Бір терезе» қағидатының қызметін бағалау', ru: 'Оценка работы принципа «одного окна»', en: 'Assessment of the one-stop-shop operation' },
  },
  {
    id: 'F7',
    weightPermille: 50,
    paragraph: '004 §16',
    name: { kk: 'Инфрақұрылымның сапасы мен қолжетімділігі', ru: 'Качество и доступность инфраструктуры', en: 'Quality and accessibility of infrastructure' },
  },
  {
    id: 'F8',
    weightPermille: 50,
    paragraph: '004 §17',
    name: { kk: 'Бизнеске әкімшілік қысым', ru: 'Административное давление на бизнес', en: 'Administrative pressure on business' },
  },
  {
    id: 'F9',
    weightPermille: 25,
    paragraph: '004 §18',
    name: { kk: 'Мемлекеттік қолдаудың қаржылық шаралары', ru: 'Финансовые меры государственной поддержки', en: 'Financial measures of state support' },
  },
];

// rules.md §5.3 (survey mapping inferred)
export const RATING_FACTORS: readonly RatingFactor[] = [
  {
    id: 'F1.1',
    direction: 'F1',
    polarity: 'HIGHER_BETTER',
    source: 'HARD',
    name: { kk: 'Өңірдің жалпы өңірлік өнімінің нақты көлем индексі', ru: 'Индекс физического объёма ВРП', en: 'Real volume index of gross regional product' },
  },
  {
    id: 'F1.2',
    direction: 'F1',
    polarity: 'HIGHER_BETTER',
    source: 'HARD',
    name: { kk: 'Өңір экспортының өсу қарқыны', ru: 'Темп роста экспорта региона', en: 'Growth rate of regional exports' },
  },
  {
    id: 'F2.1',
    direction: 'F2',
    polarity: 'HIGHER_BETTER',
    source: 'HARD',
    name: { kk: 'ШОК жалпы қосылған құнының өсу қарқыны', ru: 'Темп роста валовой добавленной стоимости МСП', en: 'Growth rate of SME gross value added' },
  },
  {
    id: 'F2.2',
    direction: 'F2',
    polarity: 'HIGHER_BETTER',
    source: 'HARD',
    name: {
      kk: 'Жұмыс істеп тұрған ШОК субъектілері санының өсу қарқыны',
      ru: 'Темп роста числа действующих субъектов МСП',
      en: 'Growth rate of the number of operating SMEs',
    },
  },
  {
    id: 'F3.1',
    direction: 'F3',
    polarity: 'HIGHER_BETTER',
    source: 'HARD',
    name: {
      kk: 'Негізгі капиталға салынатын инвестициялардың өсу қарқыны',
      ru: 'Темп роста инвестиций в основной капитал',
      en: 'Growth rate of investment in fixed capital',
    },
  },
  {
    id: 'F3.2',
    direction: 'F3',
    polarity: 'HIGHER_BETTER',
    source: 'HARD',
    name: {
      kk: 'Тікелей шетелдік инвестициялардың өсу қарқыны',
      ru: 'Темп роста прямых иностранных инвестиций',
      en: 'Growth rate of foreign direct investment',
    },
  },
  {
    id: 'F4.1',
    direction: 'F4',
    polarity: 'HIGHER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q4',
    name: { kk: 'Қаржы қаражатының қолжетімділігі', ru: 'Доступность финансовых средств', en: 'Availability of financial resources' },
  },
  {
    id: 'F4.2',
    direction: 'F4',
    polarity: 'HIGHER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q5',
    name: {
      kk: 'Әртүрлі қаржыландыру институттарының болуы туралы хабардар болу',
      ru: 'Осведомлённость о различных институтах финансирования',
      en: 'Awareness of financing institutions',
    },
  },
  {
    id: 'F4.3',
    direction: 'F4',
    polarity: 'HIGHER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q5',
    name: {
      kk: 'Қаржы институттарының қызметіне қанағаттану',
      ru: 'Удовлетворённость услугами финансовых институтов',
      en: 'Satisfaction with financial institutions',
    },
  },
  {
    id: 'F5',
    direction: 'F5',
    polarity: 'HIGHER_BETTER',
    source: 'HARD',
    name: { kk: 'Нысаналы индикаторлардың орындалу дәрежесі', ru: 'Степень выполнения целевых индикаторов', en: 'Degree of target-indicator attainment' },
  },
  {
    id: 'F6',
    direction: 'F6',
    polarity: 'HIGHER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q6',
    name: {
      kk: 'Консультациялық көрсетілетін қызметтерді алуға қанағаттану',
      ru: 'Удовлетворённость консультационными услугами',
      en: 'Satisfaction with consulting services',
    },
  },
  {
    id: 'F7.1',
    direction: 'F7',
    polarity: 'HIGHER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q8',
    name: {
      kk: 'Инвестициялық инфрақұрылым объектілеріне қанағаттанушылық',
      ru: 'Удовлетворённость объектами инвестиционной инфраструктуры',
      en: 'Satisfaction with investment infrastructure',
    },
  },
  {
    id: 'F7.2',
    direction: 'F7',
    polarity: 'HIGHER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q9',
    name: { kk: 'Жол желісінің сапасына қанағаттану', ru: 'Удовлетворённость качеством дорожной сети', en: 'Satisfaction with the road network' },
  },
  {
    id: 'F7.3',
    direction: 'F7',
    polarity: 'HIGHER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q10',
    name: {
      kk: 'Телекоммуникациялық қызметтер сапасына қанағаттану',
      ru: 'Удовлетворённость качеством телекоммуникационных услуг',
      en: 'Satisfaction with telecommunication services',
    },
  },
  {
    id: 'F7.4',
    direction: 'F7',
    polarity: 'HIGHER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q11',
    name: {
      kk: 'ЖАО интернет-ресурсындағы ақпараттың сапасы',
      ru: 'Качество информации на интернет-ресурсе МИО',
      en: 'Quality of the MIO website information',
    },
  },
  {
    id: 'F8.1',
    direction: 'F8',
    polarity: 'HIGHER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q12',
    name: { kk: 'Меншікті оңай тіркеу', ru: 'Лёгкость регистрации собственности', en: 'Ease of registering property' },
  },
  {
    id: 'F8.2',
    direction: 'F8',
    polarity: 'LOWER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q14',
    name: {
      kk: 'Фирмаға бір жылда сұратылған қосымша құжаттардың орташа саны',
      ru: 'Среднее число дополнительных документов, запрошенных у фирмы за год',
      en: 'Average number of additional documents requested per year',
    },
  },
  {
    id: 'F8.3',
    direction: 'F8',
    polarity: 'LOWER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q15',
    name: { kk: 'Сыбайлас жемқорлыққа тап болу жағдайлары', ru: 'Случаи столкновения с коррупцией', en: 'Cases of encountering corruption' },
  },
  {
    id: 'F9',
    direction: 'F9',
    polarity: 'HIGHER_BETTER',
    source: 'SURVEY',
    surveyQuestion: 'Q13',
    name: {
      kk: 'Мемлекеттік қолдау шараларына қанағаттану',
      ru: 'Удовлетворённость мерами государственной поддержки',
      en: 'Satisfaction with state support measures',
    },
  },
];

const FACTOR_BY_ID: ReadonlyMap<string, RatingFactor> = new Map(RATING_FACTORS.map((f) => [f.id, f]));

export type RatingScaling = 'S1' | 'S2' | 'S3';

export interface RatingRegionInput {
  region: string;
  /** Raw factor values; an absent or null factor is missing (dropped from its direction mean). */
  factors: Partial<Record<RatingFactorId, number | null>>;
}

export interface RatingOptions {
  /** rules.md §5.4: S1 min–max (default), S2 ratio to the best, S3 rank-based. */
  scaling?: RatingScaling;
}

export interface RatingResult {
  region: string;
  factorScores: Partial<Record<RatingFactorId, number>>;
  /** Direction scores (mean of factor scores); null when every factor of the direction is missing. */
  directions: Record<RatingDirectionId, number | null>;
  /** R; null when a direction is missing (R incomplete). */
  score: number | null;
  complete: boolean;
  /** 1 = most attractive; ties share a rank; null for incomplete results. */
  rank: number | null;
}

function invalid(message: string, field: string, value?: unknown): DomainError {
  return new DomainError(DomainErrorCode.INVALID_INPUT, message, { field, value });
}

/** Scores of one factor across the regions that have a value (rules.md §5.4). */
function scaleFactor(values: number[], polarity: RatingFactor['polarity'], scaling: RatingScaling, fields: string[]): number[] {
  const higher = polarity === 'HIGHER_BETTER';
  const best = higher ? Math.max(...values) : Math.min(...values);
  const worst = higher ? Math.min(...values) : Math.max(...values);
  if (scaling === 'S1') {
    // s = 1 + 19·(x − worst)/(best − worst); all equal → 20
    return values.map((x) => (best === worst ? 20 : 1 + (19 * (x - worst)) / (best - worst)));
  }
  if (scaling === 'S2') {
    // s = 20·x/best (lower-better: 20·best/x), clamped to [1, 20]; undefined for x ≤ 0
    values.forEach((x, i) => {
      if (x <= 0) throw invalid('scaling S2 needs positive factor values', fields[i], x);
    });
    return values.map((x) => Math.min(20, Math.max(1, higher ? (20 * x) / best : (20 * best) / x)));
  }
  // S3: s = 1 + 19·(N − rank)/(N − 1), ties share the average rank; N = 1 → 20
  const n = values.length;
  return values.map((x) => {
    const better = values.filter((y) => (higher ? y > x : y < x)).length;
    const equal = values.filter((y) => y === x).length;
    const rank = 1 + better + (equal - 1) / 2;
    return n === 1 ? 20 : 1 + (19 * (n - rank)) / (n - 1);
  });
}

// rules.md §5.2–5.6; 004 §8, §10
export function computeAttractivenessRating(input: { regions: readonly RatingRegionInput[] }, options: RatingOptions = {}): RatingResult[] {
  const scaling = options.scaling ?? 'S1';
  if (scaling !== 'S1' && scaling !== 'S2' && scaling !== 'S3') throw invalid('unknown scaling', 'scaling', scaling);
  if (!input || !Array.isArray(input.regions)) throw invalid('regions must be an array', 'regions');
  const seen = new Set<string>();
  const regions = input.regions.map((r, i) => {
    const code = getRegion(r.region, `regions[${i}].region`).code;
    if (seen.has(code)) throw invalid('duplicate region', `regions[${i}].region`, code);
    seen.add(code);
    if (typeof r.factors !== 'object' || r.factors === null) throw invalid('factors must be an object', `regions[${i}].factors`);
    for (const [key, v] of Object.entries(r.factors)) {
      const field = `regions[${i}].factors.${key}`;
      if (!FACTOR_BY_ID.has(key)) throw invalid('unknown factor', field, key);
      if (v !== null && v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) throw invalid('factor value must be a finite number', field, v);
    }
    return { code, factors: r.factors as Partial<Record<string, number | null>> };
  });

  const factorScores = regions.map(() => ({}) as Partial<Record<RatingFactorId, number>>);
  for (const f of RATING_FACTORS) {
    const idx = regions.flatMap((r, i) => (typeof r.factors[f.id] === 'number' ? [i] : []));
    if (idx.length === 0) continue;
    const scores = scaleFactor(
      idx.map((i) => regions[i].factors[f.id] as number),
      f.polarity,
      scaling,
      idx.map((i) => `regions[${i}].factors.${f.id}`),
    );
    idx.forEach((i, k) => (factorScores[i][f.id] = scores[k]));
  }

  const results: RatingResult[] = regions.map((r, i) => {
    const directions = {} as Record<RatingDirectionId, number | null>;
    let score = 0;
    let complete = true;
    for (const d of RATING_DIRECTIONS) {
      const s = RATING_FACTORS.filter((f) => f.direction === d.id)
        .map((f) => factorScores[i][f.id])
        .filter((x): x is number => x !== undefined);
      const mean = s.length === 0 ? null : s.reduce((a, b) => a + b, 0) / s.length;
      directions[d.id] = mean;
      if (mean === null) complete = false;
      else score += (d.weightPermille * mean) / 1000;
    }
    return { region: r.code, factorScores: factorScores[i], directions, score: complete ? score : null, complete, rank: null };
  });

  const ranked = results.filter((r) => r.complete).sort((a, b) => (b.score as number) - (a.score as number) || a.region.localeCompare(b.region));
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    r.rank = prev && prev.score === r.score ? (prev.rank as number) : i + 1;
  });
  const incomplete = results.filter((r) => !r.complete).sort((a, b) => a.region.localeCompare(b.region));
  return [...ranked, ...incomplete];
}

// ---------------------------------------------------------------------------------------------
// Survey aggregation (rules.md §5.5, §5.7; 004 §4, §19, Form block 2)

export type SurveyQuestionId = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6' | 'Q7' | 'Q8' | 'Q9' | 'Q10' | 'Q11' | 'Q12' | 'Q13' | 'Q14' | 'Q15';

/** 0–7 questions (0 = "not encountered" / "don't know", not a score). Q9 and Q10 are 1–7 (no 0). */
export const SCALE_QUESTIONS = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10', 'Q11', 'Q12', 'Q13'] as const;
const NO_ZERO_QUESTIONS: readonly string[] = ['Q9', 'Q10'];

export type SurveyAnswers = Partial<Record<(typeof SCALE_QUESTIONS)[number], number>> & {
  /** Times a year the business faced administrative pressure measures (free number ≥ 0). */
  Q14?: number;
  /** Faced corruption this year (free text in the form; recorded as yes/no). */
  Q15?: boolean;
};

export interface SurveyResponse {
  region: string;
  answers: SurveyAnswers;
}

export interface SurveyOptions {
  /** 004 §4: at least 15 respondents per region. */
  minRespondents?: number;
  /** A question with fewer valid answers gives a missing factor (rules.md §5.5 rule 3; e.g. 5). */
  minValidPerQuestion?: number;
  /** A region below minRespondents: its soft factors are excluded (default) or kept with the flag. */
  insufficientSample?: 'EXCLUDE' | 'WARN';
}

export interface QuestionStats {
  /** Respondents who answered the question. */
  answered: number;
  nZero: number;
  nValid: number;
  /** Mean over valid answers (1–7 for scale questions; all answers for Q14; share of "yes" for Q15). */
  mean: number | null;
}

export interface SurveyRegionAggregate {
  region: string;
  respondents: number;
  insufficientSample: boolean;
  flags: Array<'INSUFFICIENT_SAMPLE'>;
  questions: Partial<Record<SurveyQuestionId, QuestionStats>>;
  /** Soft factor values for computeAttractivenessRating; null = missing. */
  factors: Partial<Record<RatingFactorId, number | null>>;
}

const FACTOR_QUESTION: ReadonlyArray<[RatingFactorId, SurveyQuestionId]> = [
  ['F4.1', 'Q4'],
  ['F4.3', 'Q5'],
  ['F6', 'Q6'],
  ['F7.1', 'Q8'],
  ['F7.2', 'Q9'],
  ['F7.3', 'Q10'],
  ['F7.4', 'Q11'],
  ['F8.1', 'Q12'],
  ['F9', 'Q13'],
  ['F8.2', 'Q14'],
  ['F8.3', 'Q15'],
];

function nonNegativeInteger(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw invalid(`${field} must be a non-negative integer`, field, v);
  return v;
}

// rules.md §5.5 aggregation rules 1–5; §5.7
export function aggregateSurvey(responses: readonly SurveyResponse[], options: SurveyOptions = {}): SurveyRegionAggregate[] {
  const minRespondents = nonNegativeInteger(options.minRespondents ?? 15, 'minRespondents');
  const minValid = nonNegativeInteger(options.minValidPerQuestion ?? 5, 'minValidPerQuestion');
  const mode = options.insufficientSample ?? 'EXCLUDE';
  if (mode !== 'EXCLUDE' && mode !== 'WARN') throw invalid('insufficientSample must be EXCLUDE or WARN', 'insufficientSample', mode);
  if (!Array.isArray(responses)) throw invalid('responses must be an array', 'responses');

  const byRegion = new Map<string, SurveyAnswers[]>();
  responses.forEach((r, i) => {
    const code = getRegion(r.region, `responses[${i}].region`).code;
    if (typeof r.answers !== 'object' || r.answers === null) throw invalid('answers must be an object', `responses[${i}].answers`);
    for (const [q, v] of Object.entries(r.answers)) {
      const field = `responses[${i}].answers.${q}`;
      if (v === undefined) continue;
      if ((SCALE_QUESTIONS as readonly string[]).includes(q)) {
        const min = NO_ZERO_QUESTIONS.includes(q) ? 1 : 0;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > 7) throw invalid(`${q} must be an integer ${min}–7`, field, v);
      } else if (q === 'Q14') {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw invalid('Q14 must be a non-negative number', field, v);
      } else if (q === 'Q15') {
        if (typeof v !== 'boolean') throw invalid('Q15 must be a boolean', field, v);
      } else {
        throw invalid('unknown survey question', field, q);
      }
    }
    const list = byRegion.get(code) ?? [];
    list.push(r.answers);
    byRegion.set(code, list);
  });

  return [...byRegion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, answers]) => {
      const questions: Partial<Record<SurveyQuestionId, QuestionStats>> = {};
      for (const q of SCALE_QUESTIONS) {
        const given = answers.map((a) => a[q]).filter((v): v is number => v !== undefined);
        const valid = given.filter((v) => v > 0);
        questions[q] = {
          answered: given.length,
          nZero: given.length - valid.length,
          nValid: valid.length,
          mean: valid.length === 0 ? null : valid.reduce((s, v) => s + v, 0) / valid.length,
        };
      }
      const q14 = answers.map((a) => a.Q14).filter((v): v is number => v !== undefined);
      questions.Q14 = { answered: q14.length, nZero: 0, nValid: q14.length, mean: q14.length === 0 ? null : q14.reduce((s, v) => s + v, 0) / q14.length };
      const q15 = answers.map((a) => a.Q15).filter((v): v is boolean => v !== undefined);
      questions.Q15 = { answered: q15.length, nZero: 0, nValid: q15.length, mean: q15.length === 0 ? null : q15.filter((v) => v).length / q15.length };

      const insufficientSample = answers.length < minRespondents;
      const excluded = insufficientSample && mode === 'EXCLUDE';
      const factors: Partial<Record<RatingFactorId, number | null>> = {};
      for (const [factor, q] of FACTOR_QUESTION) {
        const st = questions[q] as QuestionStats;
        factors[factor] = excluded || st.nValid < minValid || st.nValid === 0 ? null : st.mean;
      }
      // F4.2 proxy: share of non-zero answers among those who answered B2.Q5
      const q5 = questions.Q5 as QuestionStats;
      factors['F4.2'] = excluded || q5.answered < minValid || q5.answered === 0 ? null : q5.nValid / q5.answered;
      return {
        region,
        respondents: answers.length,
        insufficientSample,
        flags: insufficientSample ? ['INSUFFICIENT_SAMPLE' as const] : [],
        questions,
        factors,
      };
    });
}
