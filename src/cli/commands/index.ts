import type { Command } from 'commander';
import { registerClassify } from './classify.js';
import { registerInsights } from './insights.js';
import { registerPolicy } from './policy.js';
import { registerUser } from './user.js';

/** Every CLI command registers itself here, explicitly; one file per command. */
export type RegisterCommand = (program: Command) => void;

// One entry per line, so parallel additions merge cleanly.
export const commands: RegisterCommand[] = [
  registerPolicy,
  registerClassify,
  registerInsights,
  registerUser,
];
