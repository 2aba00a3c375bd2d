/**
 * Dashboard traffic light (интерактивно-аналитическая панель): rules.md §4.6; 000 §55; 001 §61.
 * remaining = dueDate − today in calendar days; open task: < 0 → RED; 0…yellowMaxDaysInclusive → YELLOW
 * (exactly 10 → YELLOW by default); more → GREEN. A completed task has no colour (NONE).
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { IsoDate, toDayNumber } from '../reference/iso-date';

export type TrafficLight = 'RED' | 'YELLOW' | 'GREEN' | 'NONE';

export const DEFAULT_YELLOW_MAX_DAYS_INCLUSIVE = 10;

export interface TrafficLightInput {
  dueDate: IsoDate;
  /** The evaluation date, supplied by the caller (the domain never reads the clock). */
  today: IsoDate;
  completed: boolean;
}

export interface TrafficLightOptions {
  /** 10 (default) or the alternative 9 (exactly 10 days → GREEN). */
  yellowMaxDaysInclusive?: number;
}

// rules.md §4.6; 000 §55
export function trafficLight(input: TrafficLightInput, options: TrafficLightOptions = {}): TrafficLight {
  const due = toDayNumber(input.dueDate, 'dueDate');
  const today = toDayNumber(input.today, 'today');
  if (typeof input.completed !== 'boolean') {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'completed must be a boolean', { field: 'completed', value: input.completed });
  }
  const max = options.yellowMaxDaysInclusive ?? DEFAULT_YELLOW_MAX_DAYS_INCLUSIVE;
  if (!Number.isSafeInteger(max) || max < 0) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'yellowMaxDaysInclusive must be a non-negative integer', {
      field: 'yellowMaxDaysInclusive',
      value: max,
    });
  }
  if (input.completed) return 'NONE';
  const remaining = due - today;
  if (remaining < 0) return 'RED';
  return remaining <= max ? 'YELLOW' : 'GREEN';
}
