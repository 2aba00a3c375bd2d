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
