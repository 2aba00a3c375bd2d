export {
  WorkingDayCalendar,
  defaultCalendar,
  isWorkingDay,
  addWorkingDays,
  addCalendarDays,
  workingDaysBetween,
  onOrNextWorkingDay,
  KZ_FIXED_HOLIDAYS,
  KZ_KURBAN_AIT,
  KZ_DECREED_TRANSFERS,
} from './calendar';
export type { DayTransfer, FixedHolidayRule, LocalizedName, NonWorkingDay, NonWorkingReason, WorkingDayCalendarData } from './calendar';
export { isValidIsoDate, compareDates, daysBetween, isoWeekday, isLeapYear, daysInMonth, addYearsClamped, parseIsoDate, assertIsoDate } from './iso-date';
export type { IsoDate, Ymd } from './iso-date';
export { MCI_TABLE, mciForYear, mciOn } from './mci';
export type { MciRow } from './mci';
export { REGIONS, findRegion, getRegion, isRegionCode } from './regions';
export type { Region, RegionKind } from './regions';
export {
  REFERENCE_KINDS,
  REGION_KINDS,
  PRIORITY_TECHNOLOGY_LEVELS,
  LEGAL_ACT_MAX,
  MCI_MAX_KZT,
  isReferenceKind,
  validateReferenceChange,
  currentEntries,
  mciTableWith,
  dayTransfersWith,
  calendarWith,
  ruleConfigHistory,
  ruleConfigInForce,
  regionsWith,
  builtInRows,
} from './reference-data';
export type { ReferenceKind, ReferenceEntry, ReferenceChange, ReferenceValidationContext } from './reference-data';
export {
  DEFAULT_RULE_CONFIG,
  SLA_KEYS,
  SLA_MAX_WORKING_DAYS,
  YELLOW_MAX_DAYS_LIMIT,
  validateRuleConfig,
  ruleConfigOn,
  ruleConfigRecordOn,
} from './rule-config';
export type { RuleConfig, RuleOptions, RuleConfigRecord, SlaKey } from './rule-config';
