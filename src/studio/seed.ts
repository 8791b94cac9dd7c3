import { readFile } from 'node:fs/promises';
import { AppError } from '../domain/errors.js';
import type { PolicySource } from '../store/studio.js';
import { defaultPolicyText } from './service.js';

export type PolicySeed = { text: string; source: PolicySource; author: string };

/** What version 1 is made of: the policy file given at start, else the demo's policy or the written-out defaults. */
export async function policySeed(o: {
  policyFile?: string | undefined;
  demoText?: string | undefined;
}): Promise<PolicySeed> {
  if (o.policyFile !== undefined) {
    try {
      return {
        text: await readFile(o.policyFile, 'utf8'),
        source: 'file',
        author: `file:${o.policyFile}`,
      };
    } catch (e: unknown) {
      throw new AppError('bad_request', `cannot read policy file ${o.policyFile}`, undefined, {
        cause: e,
      });
    }
  }
  if (o.demoText !== undefined) return { text: o.demoText, source: 'default', author: 'system' };
  return { text: defaultPolicyText(), source: 'default', author: 'system' };
}
