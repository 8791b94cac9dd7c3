export {
  computeInsights,
  durationStats,
  isIdentifierOnly,
  maskPersonalData,
  percentile,
  rate,
  type InsightsOptions,
} from './compute.js';
export {
  csvField,
  formatDuration,
  insightsCsv,
  insightsRows,
  insightsTable,
  type InsightsRow,
} from './format.js';
export type * from './types.js';
export { defaultPeriodDays, parsePeriod, type ParsedPeriod } from './period.js';
