export * from './types.js';
export {
  suggestReplies,
  approvalNotice,
  exceptionNotice,
  handBackNotice,
  takeOverNotice,
  type Suggestion,
} from './suggest.js';
export { summarizeThread, type ThreadSummary } from './summary.js';
export {
  coachingCues,
  phrasingTips,
  sentimentOf,
  customDetailsChecklist,
  type Cue,
} from './coaching.js';
export { formatAmount, formatDateRange } from './format.js';
