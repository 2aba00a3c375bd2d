import { DomainError, DomainErrorCode } from '../errors/domain-error';
import {
  RATING_DIRECTIONS,
  RATING_FACTORS,
  RatingFactorId,
  RatingRegionInput,
  SurveyAnswers,
  SurveyResponse,
  aggregateSurvey,
  computeAttractivenessRating,
} from './attractiveness-rating';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

// The catalogue's regions A, B, C mapped to KATO codes
const A = '100000000';
const B = '110000000';
const C = '150000000';

// rules.md §5.6 worked example 1: factor → [raw A, raw B, raw C, score A, score B, score C]
const EX1: Record<RatingFactorId, [number, number, number, number, number, number]> = {
  'F1.1': [104.0, 101.5, 106.5, 10.5, 1.0, 20.0],
  'F1.2': [112.0, 96.0, 104.0, 20.0, 1.0, 10.5],
  'F2.1': [108.0, 110.0, 103.0, 14.571, 20.0, 1.0],
  'F2.2': [105.0, 102.0, 107.0, 12.4, 1.0, 20.0],
  'F3.1': [115.0, 98.0, 125.0, 12.963, 1.0, 20.0],
  'F3.2': [90.0, 140.0, 110.0, 1.0, 20.0, 8.6],
  'F4.1': [4.2, 3.6, 5.0, 9.143, 1.0, 20.0],
  'F4.2': [0.8, 0.6, 0.75, 20.0, 1.0, 15.25],
  'F4.3': [4.5, 4.0, 5.1, 9.636, 1.0, 20.0],
  F5: [102, 95, 110, 9.867, 1.0, 20.0],
  F6: [5.5, 4.1, 4.8, 20.0, 1.0, 10.5],
  'F7.1': [4.0, 5.2, 4.6, 1.0, 20.0, 10.5],
  'F7.2': [3.8, 4.4, 3.1, 11.231, 20.0, 1.0],
  'F7.3': [5.0, 5.6, 4.7, 7.333, 20.0, 1.0],
  'F7.4': [4.9, 3.9, 5.7, 11.556, 1.0, 20.0],
  'F8.1': [5.8, 5.0, 6.1, 14.818, 1.0, 20.0],
  'F8.2': [2.4, 1.2, 3.0, 7.333, 20.0, 1.0],
  'F8.3': [0.13, 0.07, 0.2, 11.231, 20.0, 1.0],
  F9: [4.4, 5.0, 3.9, 9.636, 20.0, 1.0],
};

function example1(): RatingRegionInput[] {
  return [A, B, C].map((region, i) => ({
    region,
    factors: Object.fromEntries(Object.entries(EX1).map(([f, v]) => [f, v[i]])),
  }));
}

describe('attractiveness rating (rules.md §5; 004)', () => {
  it('factor catalogue: 9 directions, weights sum to 100 %, 19 factors, two lower-better', () => {
    expect(RATING_DIRECTIONS.map((d) => [d.id, d.weightPermille])).toEqual([
      ['F1', 150],
      ['F2', 100],
      ['F3', 450],
      ['F4', 50],
      ['F5', 100],
      ['F6', 25],
      ['F7', 50],
      ['F8', 50],
      ['F9', 25],
    ]);
    expect(RATING_DIRECTIONS.reduce((s, d) => s + d.weightPermille, 0)).toBe(1000);
    expect(RATING_FACTORS).toHaveLength(19);
    expect(RATING_FACTORS.filter((f) => f.polarity === 'LOWER_BETTER').map((f) => f.id)).toEqual(['F8.2', 'F8.3']);
    // rules.md §5.8: hard = F1, F2, F3, F5 (80 %)
    expect(RATING_FACTORS.filter((f) => f.source === 'HARD').map((f) => f.id)).toEqual(['F1.1', 'F1.2', 'F2.1', 'F2.2', 'F3.1', 'F3.2', 'F5']);
    for (const d of RATING_DIRECTIONS) expect(RATING_FACTORS.some((f) => f.direction === d.id)).toBe(true);
    for (const f of RATING_FACTORS) expect(f.name.kk && f.name.ru && f.name.en).toBeTruthy();
  });

  describe('§5.6 worked example 1 (S1, direction = mean of factors)', () => {
    const result = computeAttractivenessRating({ regions: example1() });
    const byRegion = Object.fromEntries(result.map((r) => [r.region, r]));

    it('factor scores', () => {
      for (const [f, v] of Object.entries(EX1)) {
        [A, B, C].forEach((region, i) => expect(byRegion[region].factorScores[f as RatingFactorId]).toBeCloseTo(v[3 + i], 3));
      }
    });

    it('direction scores', () => {
      const expected: Record<string, number[]> = {
        [A]: [15.25, 13.486, 6.981, 12.926, 9.867, 20.0, 7.78, 11.127, 9.636],
        [B]: [1.0, 10.5, 10.5, 1.0, 1.0, 1.0, 15.25, 13.667, 20.0],
        [C]: [15.25, 10.5, 14.3, 18.417, 20.0, 10.5, 8.125, 7.333, 1.0],
      };
      for (const [region, dirs] of Object.entries(expected)) {
        RATING_DIRECTIONS.forEach((d, k) => expect(byRegion[region].directions[d.id]).toBeCloseTo(dirs[k], 3));
      }
    });

    it('R and rank: C 13.754 (1), A 10.097 (2), B 8.046 (3)', () => {
      expect(result.map((r) => r.region)).toEqual([C, A, B]);
      expect(result.map((r) => r.rank)).toEqual([1, 2, 3]);
      expect(byRegion[C].score).toBeCloseTo(13.754, 3);
      expect(byRegion[A].score).toBeCloseTo(10.097, 3);
      expect(byRegion[B].score).toBeCloseTo(8.046, 3);
      expect(result.every((r) => r.complete)).toBe(true);
    });
  });

  it('§5.7(b): the same inputs under S2 (A and B swap) and S3', () => {
    const s2 = computeAttractivenessRating({ regions: example1() }, { scaling: 'S2' });
    expect(s2.map((r) => [r.region, r.rank])).toEqual([
      [C, 1],
      [B, 2],
      [A, 3],
    ]);
    expect(s2.map((r) => r.score)).toEqual([expect.closeTo(18.111, 3), expect.closeTo(17.909, 3), expect.closeTo(17.172, 3)]);
    const s3 = computeAttractivenessRating({ regions: example1() }, { scaling: 'S3' });
    expect(s3.map((r) => [r.region, r.rank])).toEqual([
      [C, 1],
      [A, 2],
      [B, 3],
    ]);
    expect(s3.map((r) => r.score)).toEqual([expect.closeTo(14.102, 3), expect.closeTo(9.352, 3), expect.closeTo(8.046, 3)]);
  });

  it('S1: all-equal factor → 20 for everyone; single region → R = 20', () => {
    const r = computeAttractivenessRating({ regions: example1().map((x) => ({ ...x, factors: { ...x.factors, F5: 100 } })) });
    expect(r.every((x) => x.factorScores.F5 === 20)).toBe(true);
    const one = computeAttractivenessRating({ regions: [example1()[0]] });
    expect(one[0].score).toBeCloseTo(20, 10);
    expect(computeAttractivenessRating({ regions: [example1()[0]] }, { scaling: 'S3' })[0].score).toBeCloseTo(20, 10);
  });

  it('S3 ties share the average rank', () => {
    // F5 = 100, 100, 90 (higher better): ranks 1.5, 1.5, 3 → 1 + 19·(3 − 1.5)/2 = 15.25, 15.25, 1
    const regions = example1().map((x, i) => ({ ...x, factors: { ...x.factors, F5: [100, 100, 90][i] } }));
    const r = computeAttractivenessRating({ regions }, { scaling: 'S3' });
    const f5 = Object.fromEntries(r.map((x) => [x.region, x.factorScores.F5]));
    expect([f5[A], f5[B], f5[C]]).toEqual([15.25, 15.25, 1]);
  });

  it('a missing factor is dropped from its direction mean; a missing direction makes R incomplete', () => {
    const regions = example1();
    regions[0].factors['F1.2'] = null; // A: F1 = F1.1 score only
    delete regions[2].factors.F9; // C: F9 missing entirely → incomplete
    const r = computeAttractivenessRating({ regions });
    const a = r.find((x) => x.region === A)!;
    // F1.2 among B (96) and C (104) only: still F1.1 A = 10.5 → F1 = 10.5
    expect(a.directions.F1).toBeCloseTo(10.5, 10);
    const c = r.find((x) => x.region === C)!;
    expect(c).toMatchObject({ complete: false, score: null, rank: null });
    expect(c.directions.F9).toBeNull();
    expect(r[r.length - 1].region).toBe(C); // incomplete results come last
    expect(r.filter((x) => x.complete).map((x) => x.rank)).toEqual([1, 2]);
  });

  it('equal R shares the rank', () => {
    const f = Object.fromEntries(Object.keys(EX1).map((k) => [k, 1]));
    const r = computeAttractivenessRating({
      regions: [
        { region: A, factors: f },
        { region: B, factors: f },
      ],
    });
    expect(r.map((x) => x.rank)).toEqual([1, 1]);
  });

  it('rejects bad input', () => {
    const e = errorOf(() => computeAttractivenessRating({ regions: [{ region: 'Z', factors: {} }] }));
    expect([e.code, e.details.field]).toEqual([DomainErrorCode.UNKNOWN_REFERENCE, 'regions[0].region']);
    expect(errorOf(() => computeAttractivenessRating({ regions: [{ region: A, factors: { F10: 1 } as never }] })).details.field).toBe('regions[0].factors.F10');
    expect(errorOf(() => computeAttractivenessRating({ regions: [{ region: A, factors: { F5: Number.NaN } }] })).details.field).toBe('regions[0].factors.F5');
    expect(errorOf(() => computeAttractivenessRating({ regions: [{ region: A, factors: null as never }] })).details.field).toBe('regions[0].factors');
    expect(
      errorOf(() =>
        computeAttractivenessRating({
          regions: [
            { region: A, factors: {} },
            { region: A, factors: {} },
          ],
        }),
      ).details.field,
    ).toBe('regions[1].region');
    expect(errorOf(() => computeAttractivenessRating({ regions: example1() }, { scaling: 'S4' as 'S1' })).details.field).toBe('scaling');
    expect(errorOf(() => computeAttractivenessRating(null as never)).details.field).toBe('regions');
    const neg = example1();
    neg[1].factors['F3.2'] = -5;
    expect(errorOf(() => computeAttractivenessRating({ regions: neg }, { scaling: 'S2' })).details.field).toBe('regions[1].factors.F3.2');
    expect(computeAttractivenessRating({ regions: neg }).length).toBe(3); // S1 handles negative growth rates
  });
});

describe('aggregateSurvey (rules.md §5.5, §5.7)', () => {
  // §5.7(a) B2.Q6 answers
  const Q6: Record<string, number[]> = {
    [A]: [0, 0, 5, 6, 7, 5, 6, 4, 0, 7, 6, 5, 5, 6, 7, 4],
    [B]: [3, 4, 0, 5, 4, 3, 4, 5, 0, 0, 0, 4, 5, 3, 4],
    [C]: [5, 5, 6, 0, 4, 5, 6, 5, 4, 0, 5, 6, 5, 4, 5, 6, 5, 4],
  };
  // Q14 per respondent, constructed to match the catalogue totals: A 38/16 (10×2 + 6×3), B 17/15 (13×1 + 2×2), C 55/18 (17×3 + 4)
  const Q14: Record<string, number[]> = {
    [A]: [...Array(10).fill(2), ...Array(6).fill(3)],
    [B]: [...Array(13).fill(1), 2, 2],
    [C]: [...Array(17).fill(3), 4],
  };
  // Q15 "yes": A 2 of 16, B 1 of 15, C 4 of 18
  const YES: Record<string, number> = { [A]: 2, [B]: 1, [C]: 4 };
  const responses: SurveyResponse[] = [A, B, C].flatMap((region) =>
    Q6[region].map((q6, i) => ({ region, answers: { Q6: q6, Q14: Q14[region][i], Q15: i < YES[region] } })),
  );

  it('§5.7(a): means exclude zeros, sample sizes are sufficient', () => {
    const agg = aggregateSurvey(responses);
    expect(agg.map((r) => [r.region, r.respondents, r.insufficientSample])).toEqual([
      [A, 16, false],
      [B, 15, false],
      [C, 18, false],
    ]);
    const [a, b, c] = agg;
    expect(a.questions.Q6).toMatchObject({ answered: 16, nZero: 3, nValid: 13 });
    expect(a.questions.Q6!.mean).toBeCloseTo(73 / 13, 10); // 5.6154, not 4.5625
    expect(b.questions.Q6).toMatchObject({ nZero: 4, nValid: 11, mean: 4 });
    expect(c.questions.Q6).toMatchObject({ nZero: 2, nValid: 16, mean: 5 });
    expect(a.factors.F6).toBeCloseTo(5.6154, 4);
    expect(a.factors['F8.2']).toBeCloseTo(2.375, 10);
    expect(b.factors['F8.2']).toBeCloseTo(17 / 15, 10);
    expect(c.factors['F8.2']).toBeCloseTo(55 / 18, 10);
    expect(a.factors['F8.3']).toBeCloseTo(0.125, 10);
    expect(b.factors['F8.3']).toBeCloseTo(1 / 15, 10);
    expect(c.factors['F8.3']).toBeCloseTo(4 / 18, 10);
    expect(a.factors.F9).toBeNull(); // Q13 not asked in this data set
  });

  it('§5.7(a): F6, F8.2, F8.3 scores (S1)', () => {
    const agg = aggregateSurvey(responses);
    const r = computeAttractivenessRating({ regions: agg.map((x) => ({ region: x.region, factors: x.factors })) });
    const s = Object.fromEntries(r.map((x) => [x.region, x.factorScores]));
    expect([s[A].F6, s[B].F6, s[C].F6]).toEqual([expect.closeTo(20, 3), expect.closeTo(1, 3), expect.closeTo(12.762, 3)]);
    expect([s[A]['F8.2'], s[B]['F8.2'], s[C]['F8.2']]).toEqual([expect.closeTo(7.727, 3), expect.closeTo(20, 3), expect.closeTo(1, 3)]);
    expect([s[A]['F8.3'], s[B]['F8.3'], s[C]['F8.3']]).toEqual([expect.closeTo(12.875, 3), expect.closeTo(20, 3), expect.closeTo(1, 3)]);
    // counting zeros (wrong) would give C 18.623: 1 + 19·(4.4444 − 2.9333)/(4.5625 − 2.9333)
    expect(s[C].F6).not.toBeCloseTo(18.623, 1);
  });

  it('fewer than 15 respondents: flagged, soft factors excluded by default or kept with WARN', () => {
    const small = responses.filter((r) => r.region === B).slice(0, 14);
    const [ex] = aggregateSurvey(small);
    expect(ex).toMatchObject({ respondents: 14, insufficientSample: true, flags: ['INSUFFICIENT_SAMPLE'] });
    expect(ex.factors.F6).toBeNull();
    const [warn] = aggregateSurvey(small, { insufficientSample: 'WARN' });
    expect(warn.flags).toEqual(['INSUFFICIENT_SAMPLE']);
    // B's first 14 Q6 answers: valid 3,4,5,4,3,4,5,4,5,3 → 40/10 = 4
    expect(warn.factors.F6).toBe(4);
    expect(aggregateSurvey(responses.filter((r) => r.region === B))[0].insufficientSample).toBe(false); // exactly 15
  });

  it('too few valid answers → missing factor; F4.2 = share of non-zero Q5 answers', () => {
    const answers: SurveyAnswers[] = Array.from({ length: 15 }, (_, i) => ({ Q4: i < 4 ? 5 : 0, Q5: i < 12 ? 6 : 0, Q9: 1 + (i % 7), Q10: 7 }));
    const [r] = aggregateSurvey(answers.map((a) => ({ region: C, answers: a })));
    expect(r.questions.Q4).toMatchObject({ nValid: 4, nZero: 11, mean: 5 });
    expect(r.factors['F4.1']).toBeNull(); // 4 < 5 valid answers
    expect(r.factors['F4.3']).toBe(6);
    expect(r.factors['F4.2']).toBeCloseTo(12 / 15, 10);
    // Q9 = 1..7 cycling over 15 answers: 1..7, 1..7, 1 → (28 + 28 + 1)/15 = 3.8
    expect(r.factors['F7.2']).toBeCloseTo(57 / 15, 10);
    expect(r.factors['F7.3']).toBe(7);
    expect(r.factors['F8.2']).toBeNull();
    expect(r.factors['F8.3']).toBeNull();
    expect(r.questions.Q14!.mean).toBeNull();
    const [loose] = aggregateSurvey(
      answers.map((a) => ({ region: C, answers: a })),
      { minValidPerQuestion: 1 },
    );
    expect(loose.factors['F4.1']).toBe(5);
    const [none] = aggregateSurvey([{ region: C, answers: {} }], { minRespondents: 0, minValidPerQuestion: 0 });
    expect(none.factors['F4.2']).toBeNull();
    expect(none.factors.F6).toBeNull();
  });

  it('rejects bad answers', () => {
    const bad = (answers: object, o = {}) => errorOf(() => aggregateSurvey([{ region: A, answers: answers as SurveyAnswers }], o)).details.field;
    expect(bad({ Q9: 0 })).toBe('responses[0].answers.Q9'); // 1–7 only
    expect(bad({ Q10: 0 })).toBe('responses[0].answers.Q10');
    expect(bad({ Q4: 8 })).toBe('responses[0].answers.Q4');
    expect(bad({ Q4: 2.5 })).toBe('responses[0].answers.Q4');
    expect(bad({ Q14: -1 })).toBe('responses[0].answers.Q14');
    expect(bad({ Q15: 'yes' })).toBe('responses[0].answers.Q15');
    expect(bad({ Q16: 'roads' })).toBe('responses[0].answers.Q16');
    expect(bad({}, { minRespondents: -1 })).toBe('minRespondents');
    expect(bad({}, { minValidPerQuestion: 1.5 })).toBe('minValidPerQuestion');
    expect(bad({}, { insufficientSample: 'DROP' })).toBe('insufficientSample');
    expect(bad(null as never)).toBe('responses[0].answers');
    expect(aggregateSurvey([{ region: A, answers: { Q4: undefined } }])[0].questions.Q4!.answered).toBe(0);
    const e = errorOf(() => aggregateSurvey([{ region: 'nowhere', answers: {} }]));
    expect([e.code, e.details.field]).toEqual([DomainErrorCode.UNKNOWN_REFERENCE, 'responses[0].region']);
    expect(errorOf(() => aggregateSurvey(null as never)).details.field).toBe('responses');
  });
});
