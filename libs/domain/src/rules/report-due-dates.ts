/**
 * Quarterly and annual reporting due dates: rules.md §4.8; 000 §67–68, §17(2), §8(5); 001 §24, §74–75.
 * "Не позднее 15 (20) числа месяца, следующего за отчетным кварталом": the 15th (20th) of the month after
 * the quarter; Q4 falls in January of the next year. The texts have no weekend rule: the nominal date is
 * kept by default; `shiftToNextWorkingDay` moves a non-working due date to the next working day.
 */
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { WorkingDayCalendar, defaultCalendar, onOrNextWorkingDay } from '../reference/calendar';
import { IsoDate, assertInteger, formatYmd } from '../reference/iso-date';

export interface ReportDueDatesInput {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export interface ReportDueDatesOptions {
  /** default false (nominal date). */
  shiftToNextWorkingDay?: boolean;
  calendar?: WorkingDayCalendar;
}

export interface ReportDueDates {
  /** T17: regional front offices → National Company, by the 15th (000 §67). */
  regionalToNationalCompany: IsoDate;
  /** T19: external front offices → authorized body, by the 15th (000 §68). */
  externalToAuthorizedBody: IsoDate;
  /** T18: National Company consolidated report → authorized body, by the 20th (000 §67). */
  consolidatedToAuthorizedBody: IsoDate;
  /** T20: country investment programme update, by the 15th (000 §17(2)). */
  countryProgrammeUpdate: IsoDate;
  /** T23 [E001]: regional-pool data update, by the 15th (001 §24). */
  regionalPoolUpdate: IsoDate;
  /** T22: current information on investment activity in the region, by the 15th. */
  regionalActivityInformation: IsoDate;
}

function checkYear(year: unknown): number {
  assertInteger(year, 'year');
  if (year < 1 || year > 9998) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'year out of range', { field: 'year', value: year });
  return year;
}

// rules.md §4.8; 000 §67–68
export function reportDueDates(input: ReportDueDatesInput, options: ReportDueDatesOptions = {}): ReportDueDates {
  const year = checkYear(input.year);
  const q = input.quarter as unknown;
  if (q !== 1 && q !== 2 && q !== 3 && q !== 4) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'quarter must be 1, 2, 3 or 4', { field: 'quarter', value: q });
  }
  const nextMonth = q * 3 + 1; // 4, 7, 10, 13
  const y = nextMonth > 12 ? year + 1 : year;
  const m = nextMonth > 12 ? 1 : nextMonth;
  const at = (day: number) => adjust(formatYmd(y, m, day), options);
  const d15 = at(15);
  return {
    regionalToNationalCompany: d15,
    externalToAuthorizedBody: d15,
    consolidatedToAuthorizedBody: at(20),
    countryProgrammeUpdate: d15,
    regionalPoolUpdate: d15,
    regionalActivityInformation: d15,
  };
}

/** T21 / A-30: regional investment programme and the yearly summary, by 15 January of the next year (000 §8(5)). */
export function annualRegionalProgrammeDueDate(year: number, options: ReportDueDatesOptions = {}): IsoDate {
  return adjust(formatYmd(checkYear(year) + 1, 1, 15), options);
}

function adjust(date: IsoDate, options: ReportDueDatesOptions): IsoDate {
  return options.shiftToNextWorkingDay ? onOrNextWorkingDay(date, options.calendar ?? defaultCalendar) : date;
}
