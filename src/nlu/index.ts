/** Understanding customers' messages: intent, language, entities, sentiment. */
export { createNlu } from './default.js';
export {
  createNluFromModel,
  defaultClarifyThreshold,
  maxTextLength,
  type CreateNluOptions,
} from './understand.js';
export { detectAffirm, detectOrdinal } from './dialogue-acts.js';
export { entityTypes, sentimentLabels } from './types.js';
export type {
  AddressParts,
  Entity,
  EntityType,
  NluRequest,
  Nlu,
  Sentiment,
  SentimentLabel,
  Understanding,
  UnderstandOptions,
} from './types.js';
export { trainNluModel, serialiseModel, deserialiseModel, type NluModel } from './model.js';
