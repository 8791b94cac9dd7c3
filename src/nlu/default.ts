import { defaultModel } from './model-file.js';
import { createNluFromModel, type CreateNluOptions } from './understand.js';
import type { Nlu } from './types.js';

/**
 * The NLU with the built-in model: loaded from the build (dist/src/nlu/nlu-model.bin) or
 * trained from src/nlu/corpus on first use. Synchronous; the model is shared across calls.
 */
export function createNlu(options: Partial<CreateNluOptions> = {}): Nlu {
  return createNluFromModel({ ...options, model: options.model ?? defaultModel() });
}
