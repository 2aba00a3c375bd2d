import fc from 'fast-check';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { GreenCorridorInput, TECHNOLOGY_LEVELS, TechnologyLevel, scoreGreenCorridor } from './green-corridor';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

const M = 1_000_000;
const score = (i: Partial<GreenCorridorInput>) => scoreGreenCorridor({ amountUsd: 20 * M, inGlobal2000: false, technology: 'MEDIUM', jobs: 100, ...i });

describe('scoreGreenCorridor (rules.md §4.3; 000 App1)', () => {
  describe('worked examples G1–G8', () => {
    it('G1: 10.0 M, not G2000, manufacturing not listed, 300 jobs → 700, not eligible', () => {
      const r = scoreGreenCorridor({ amountUsd: 10 * M, inGlobal2000: false, technology: 'MANUFACTURING_NOT_LISTED', jobs: 300 });
      expect(r.points).toEqual({ amount: 1, global2000: 0, technology: 1, social: 1 });
      expect(r.scoreMilli).toBe(700);
      expect(r.eligible).toBe(false);
      expect(r.status).toBe('NOT_ELIGIBLE');
    });
    it('G2: 15.0 M, G2000, medium, 500 jobs → 2000, eligible', () => {
      const r = scoreGreenCorridor({ amountUsd: 15 * M, inGlobal2000: true, technology: 'MEDIUM', jobs: 500 });
      expect(r.points).toEqual({ amount: 2, global2000: 2, technology: 2, social: 2 });
      expect(r.scoreMilli).toBe(2000);
      expect(r.eligible).toBe(true);
    });
    it('G3: 30.0 M, not G2000, high, 120 jobs → 1725, eligible', () => {
      const r = scoreGreenCorridor({ amountUsd: 30 * M, inGlobal2000: false, technology: 'HIGH', jobs: 120 });
      expect(r.points).toEqual({ amount: 3, global2000: 0, technology: 3, social: 0.5 });
      expect(r.scoreMilli).toBe(1725);
      expect(r.eligible).toBe(true);
    });
    it('G4: 12 M, not G2000, high, 400 jobs → exactly 1300, eligible (naive floating point says 1.2999999999999998)', () => {
      const r = scoreGreenCorridor({ amountUsd: 12 * M, inGlobal2000: false, technology: 'HIGH', jobs: 400 });
      expect(r.points).toEqual({ amount: 1, global2000: 0, technology: 3, social: 1 });
      expect(r.scoreMilli).toBe(1300);
      expect(r.eligible).toBe(true);
      expect(0.25 * 1 + 0.3 * 0 + 0.3 * 3 + 0.15 * 1 >= 1.3).toBe(false); // the trap the integer maths avoids
    });
    it('G5: 29.9 M, G2000, non-manufacturing, 299 jobs → 1175 not eligible; at 30.0 M → 1425 eligible', () => {
      const r = scoreGreenCorridor({ amountUsd: 29_900_000, inGlobal2000: true, technology: 'NON_MANUFACTURING', jobs: 299 });
      expect(r.points).toEqual({ amount: 2, global2000: 2, technology: 0, social: 0.5 });
      expect(r.scoreMilli).toBe(1175);
      expect(r.eligible).toBe(false);
      const r30 = scoreGreenCorridor({ amountUsd: 30 * M, inGlobal2000: true, technology: 'NON_MANUFACTURING', jobs: 299 });
      expect(r30.scoreMilli).toBe(1425);
      expect(r30.eligible).toBe(true);
    });
    it('G6: 8 M (below 10), G2000, high, 650 jobs → 1800; eligible under ZERO_POINTS, not under INELIGIBLE', () => {
      const input: GreenCorridorInput = { amountUsd: 8 * M, inGlobal2000: true, technology: 'HIGH', jobs: 650 };
      const r = scoreGreenCorridor(input);
      expect(r.points).toEqual({ amount: 0, global2000: 2, technology: 3, social: 2 });
      expect(r.scoreMilli).toBe(1800);
      expect(r.eligible).toBe(true);
      const strict = scoreGreenCorridor(input, { below10MPolicy: 'INELIGIBLE' });
      expect(strict.scoreMilli).toBe(1800);
      expect(strict.eligible).toBe(false);
      expect(strict.excludedBelow10M).toBe(true);
      expect(scoreGreenCorridor({ ...input, amountUsd: 10 * M }, { below10MPolicy: 'INELIGIBLE' }).excludedBelow10M).toBe(false);
    });
    it('G7: 14.999 M, not G2000, medium, 499 jobs → 1000, not eligible', () => {
      const r = scoreGreenCorridor({ amountUsd: '14999000', inGlobal2000: false, technology: 'MEDIUM', jobs: 499 });
      expect(r.points).toEqual({ amount: 1, global2000: 0, technology: 2, social: 1 });
      expect(r.scoreMilli).toBe(1000);
      expect(r.eligible).toBe(false);
    });
    it('G8: 10 M, G2000, manufacturing not listed, 300 jobs → exactly 1300, eligible', () => {
      const r = scoreGreenCorridor({ amountUsd: 10 * M, inGlobal2000: true, technology: 'MANUFACTURING_NOT_LISTED', jobs: 300 });
      expect(r.points).toEqual({ amount: 1, global2000: 2, technology: 1, social: 1 });
      expect(r.scoreMilli).toBe(1300);
      expect(r.eligible).toBe(true);
    });
  });

  it('C1 band boundaries (half-open, A-09/A-10): 10, 15 and 30 M USD', () => {
    const p1 = (amountUsd: GreenCorridorInput['amountUsd']) => score({ amountUsd }).points.amount;
    expect([0, 9_999_999, '9999999.99', 10 * M, 14_999_999, '14999999.99', 15 * M, 29_999_999, 30 * M, 10n ** 12n].map(p1)).toEqual([
      0, 0, 0, 1, 1, 1, 2, 2, 3, 3,
    ]);
  });

  it('C4 band boundaries: 300 and 500 jobs; 0 jobs → 0.5 literally (A-11) or 0 by option', () => {
    const p4 = (jobs: number) => score({ jobs }).points.social;
    expect([0, 1, 299, 300, 499, 500, 10_000].map(p4)).toEqual([0.5, 0.5, 0.5, 1, 1, 2, 2]);
    expect(scoreGreenCorridor({ amountUsd: 20 * M, inGlobal2000: false, technology: 'MEDIUM', jobs: 0 }, { zeroJobsPoints: 0 }).points.social).toBe(0);
  });

  it('C2 and C3 points', () => {
    expect(score({ inGlobal2000: true }).points.global2000).toBe(2);
    expect(score({ inGlobal2000: false }).points.global2000).toBe(0);
    expect(TECHNOLOGY_LEVELS.map((technology) => score({ technology }).points.technology)).toEqual([0, 1, 2, 3]);
  });

  it('derived facts: 1050 ceiling for non-manufacturing non-G2000; P3 = 1 needs ≥ 30 M and ≥ 500 jobs', () => {
    expect(scoreGreenCorridor({ amountUsd: 100 * M, inGlobal2000: false, technology: 'NON_MANUFACTURING', jobs: 5000 }).scoreMilli).toBe(1050);
    expect(scoreGreenCorridor({ amountUsd: 30 * M, inGlobal2000: false, technology: 'MANUFACTURING_NOT_LISTED', jobs: 500 })).toMatchObject({
      scoreMilli: 1350,
      eligible: true,
    });
    expect(scoreGreenCorridor({ amountUsd: 30 * M, inGlobal2000: false, technology: 'MANUFACTURING_NOT_LISTED', jobs: 499 })).toMatchObject({
      scoreMilli: 1200,
      eligible: false,
    });
    expect(scoreGreenCorridor({ amountUsd: 100 * M, inGlobal2000: false, technology: 'HIGH', jobs: 500 }).scoreMilli).toBe(1950);
    // range: min 75 (0,0,0,0.5), max 2550 (3,2,3,2)
    expect(scoreGreenCorridor({ amountUsd: 0, inGlobal2000: false, technology: 'NON_MANUFACTURING', jobs: 1 }).scoreMilli).toBe(75);
    expect(scoreGreenCorridor({ amountUsd: 30 * M, inGlobal2000: true, technology: 'HIGH', jobs: 500 }).scoreMilli).toBe(2550);
  });

  it('1299 is not eligible: one half social point below a 1300 case', () => {
    // 12 M (250) + high (900) + 299 jobs (75) = 1225 < 1300
    expect(scoreGreenCorridor({ amountUsd: 12 * M, inGlobal2000: false, technology: 'HIGH', jobs: 299 })).toMatchObject({
      scoreMilli: 1225,
      eligible: false,
    });
  });

  it('council confirmation [E001] (A-14) and the explanation', () => {
    const r = scoreGreenCorridor({ amountUsd: 10 * M, inGlobal2000: true, technology: 'MANUFACTURING_NOT_LISTED', jobs: 300 }, { councilConfirmation: true });
    expect(r.status).toBe('PENDING_COUNCIL');
    expect(r.eligible).toBe(false);
    expect(r.explanation.map((e) => [e.criterion, e.points, e.milli])).toEqual([
      ['C1_AMOUNT', 1, 250],
      ['C2_GLOBAL_2000', 2, 600],
      ['C3_TECHNOLOGY', 1, 300],
      ['C4_SOCIAL', 1, 150],
    ]);
    expect(r.explanation.every((e) => e.rule.startsWith('rules.md §4.3'))).toBe(true);
  });

  it('rejects bad input', () => {
    const f = (i: Partial<GreenCorridorInput>, o = {}) => {
      const e = errorOf(() => scoreGreenCorridor({ amountUsd: 20 * M, inGlobal2000: false, technology: 'MEDIUM', jobs: 100, ...i }, o));
      return [e.code, e.details.field];
    };
    const INV = DomainErrorCode.INVALID_INPUT;
    expect(f({ amountUsd: -1 })).toEqual([INV, 'amountUsd']);
    expect(f({ amountUsd: 1.5 })).toEqual([INV, 'amountUsd']);
    expect(f({ inGlobal2000: 'no' as unknown as boolean })).toEqual([INV, 'inGlobal2000']);
    expect(f({ technology: 'LOW' as TechnologyLevel })).toEqual([INV, 'technology']);
    expect(f({ jobs: -1 })).toEqual([INV, 'jobs']);
    expect(f({ jobs: 2.5 })).toEqual([INV, 'jobs']);
    expect(f({ jobs: Number.NaN })).toEqual([INV, 'jobs']);
    expect(f({}, { below10MPolicy: 'MAYBE' })).toEqual([INV, 'below10MPolicy']);
    expect(f({}, { zeroJobsPoints: 1 })).toEqual([INV, 'zeroJobsPoints']);
  });

  describe('properties (fast-check)', () => {
    const amountArb = fc.integer({ min: 0, max: 60 * M });
    const techArb = fc.integer({ min: 0, max: 3 });
    const jobsArb = fc.integer({ min: 0, max: 1000 });
    const inputArb = fc.record({ amountUsd: amountArb, inGlobal2000: fc.boolean(), t: techArb, jobs: jobsArb });
    const run = (i: { amountUsd: number; inGlobal2000: boolean; t: number; jobs: number }) =>
      scoreGreenCorridor({ amountUsd: i.amountUsd, inGlobal2000: i.inGlobal2000, technology: TECHNOLOGY_LEVELS[i.t], jobs: i.jobs }).scoreMilli;

    it('monotone non-decreasing in amountUsd', () => {
      fc.assert(fc.property(inputArb, amountArb, (i, d) => run({ ...i, amountUsd: i.amountUsd + d }) >= run(i)));
    });
    it('monotone non-decreasing in jobs', () => {
      fc.assert(fc.property(inputArb, jobsArb, (i, d) => run({ ...i, jobs: i.jobs + d }) >= run(i)));
    });
    it('monotone non-decreasing in technology level', () => {
      fc.assert(fc.property(inputArb, techArb, (i, t) => run({ ...i, t: Math.max(i.t, t) }) >= run(i)));
    });
    it('monotone non-decreasing in the Global-2000 flag', () => {
      fc.assert(fc.property(inputArb, (i) => run({ ...i, inGlobal2000: true }) >= run({ ...i, inGlobal2000: false })));
    });
    it('scoreMilli = 1000 × (0.25·P1 + 0.30·P2 + 0.30·P3 + 0.15·P4) and eligible ⇔ ≥ 1300', () => {
      fc.assert(
        fc.property(inputArb, (i) => {
          const r = scoreGreenCorridor({ amountUsd: i.amountUsd, inGlobal2000: i.inGlobal2000, technology: TECHNOLOGY_LEVELS[i.t], jobs: i.jobs });
          const p = r.points;
          const w = 0.25 * p.amount + 0.3 * p.global2000 + 0.3 * p.technology + 0.15 * p.social;
          return Math.abs(r.scoreMilli - 1000 * w) < 1e-6 && r.eligible === r.scoreMilli >= 1300;
        }),
      );
    });
  });
});
