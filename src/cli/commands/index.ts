import type { Command } from 'commander';
import { registerChat } from './chat.js';
import { registerClassify } from './classify.js';
import { registerImport } from './import.js';
import { registerInsights } from './insights.js';
import { registerLink } from './link.js';
import { registerPolicy } from './policy.js';
import { registerPolicyStudio } from './policy-studio.js';
import { registerTestConversations } from './test-conversations.js';
import { registerServe } from './serve.js';
import { registerUser } from './user.js';

/** Every CLI command registers itself here, explicitly; one file per command. */
export type RegisterCommand = (program: Command) => void;

// One entry per line, so parallel additions merge cleanly.
export const commands: RegisterCommand[] = [
  registerPolicy,
  registerPolicyStudio,
  registerClassify,
  registerImport,
  registerInsights,
  registerUser,
  registerChat,
  registerTestConversations,
  registerServe,
  registerLink,
];
