import type { Command } from 'commander';
import { registerClassify } from './classify.js';

/** Every CLI command registers itself here, explicitly; one file per command. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerClassify];
