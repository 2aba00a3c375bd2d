export { parseAmount } from './amount';
export type { AmountInput, ExactAmount } from './amount';
export { classifyPool, NATIONAL_POOL_THRESHOLD_MCI } from './pool';
export type { ClassifyPoolInput, ClassifyPoolOptions, Pool, PoolClassification } from './pool';
export { scoreGreenCorridor, GREEN_CORRIDOR_THRESHOLD_MILLI, TECHNOLOGY_LEVELS } from './green-corridor';
export type {
  GreenCorridorCriterion,
  GreenCorridorExplanation,
  GreenCorridorInput,
  GreenCorridorOptions,
  GreenCorridorScore,
  TechnologyLevel,
} from './green-corridor';
export { isTaskForceProject, TASK_FORCE_THRESHOLD_MCI } from './task-force';
export type { TaskForceInput } from './task-force';
export { trafficLight, DEFAULT_YELLOW_MAX_DAYS_INCLUSIVE } from './traffic-light';
export type { TrafficLight, TrafficLightInput, TrafficLightOptions } from './traffic-light';
export { overduePenalty, rankRegionsByOverdue, rankRegionPenaltyTotals, quarterOf, ratingQuarter, overdueDaysInPeriod } from './region-rating';
export type { OverduePenaltyOptions, RegionOverdueInput, RegionOverdueRank, RegionPenaltyTotal, RatingQuarter, TaskOverdueInput } from './region-rating';
export { contractEndOfChange, CONTRACT_END_CHANGE, postInvestmentEndDate, postInvestmentPeriod, POST_INVESTMENT_YEARS } from './post-investment-period';
export type { ChangeLogEntry, PostInvestmentInput, PostInvestmentPeriod } from './post-investment-period';
export { reportDueDates, annualRegionalProgrammeDueDate } from './report-due-dates';
export type { ReportDueDates, ReportDueDatesInput, ReportDueDatesOptions } from './report-due-dates';
export { computeAttractivenessRating, aggregateSurvey, RATING_DIRECTIONS, RATING_FACTORS, SCALE_QUESTIONS } from './attractiveness-rating';
export type {
  QuestionStats,
  RatingDirection,
  RatingDirectionId,
  RatingFactor,
  RatingFactorId,
  RatingOptions,
  RatingRegionInput,
  RatingResult,
  RatingScaling,
  SurveyAnswers,
  SurveyOptions,
  SurveyQuestionId,
  SurveyRegionAggregate,
  SurveyResponse,
} from './attractiveness-rating';
export {
  issueSla,
  issueSlaBreached,
  isM3IssueCategory,
  parseIssueSlaConfig,
  DEFAULT_ISSUE_SLA_WD,
  M3_ISSUE_CATEGORIES,
  MAX_ISSUE_SLA_WD,
} from './m3-issue-sla';
export type { IssueSla, IssueSlaTable, M3IssueCategory } from './m3-issue-sla';
export { kpiReportingPlan, kpiReportOverdue, M3_KPI_FREQUENCIES, M3_KPI_INDICATORS, reviseKpiPlan } from './m3-kpi-plan';
export type { KpiPlanInput, KpiPlanOptions, KpiPlanPeriod, KpiPlanRevision, M3KpiFrequency, StoredKpiPeriod } from './m3-kpi-plan';
