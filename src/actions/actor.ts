import { z } from 'zod';
import { roles, type Role } from '../domain/records.js';

/** Who asks for an action. Users carry their role, so the gate needs no lookup. */
export const actorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('assistant') }),
  z.object({ type: z.literal('system'), name: z.string().min(1) }),
  z.object({ type: z.literal('integration') }),
  z.object({ type: z.literal('user'), userId: z.string().min(1), role: z.enum(roles) }),
]);
export type Actor = z.infer<typeof actorSchema>;

export const permissions = [
  'orders.write',
  'orders.progress',
  'support.act',
  'refunds.approve',
] as const;
export type Permission = (typeof permissions)[number];

const byRole: Record<Role, readonly Permission[]> = {
  rep: ['support.act'],
  approver: ['support.act', 'refunds.approve'],
  admin: ['orders.write', 'orders.progress', 'support.act', 'refunds.approve'],
  // A maker moves their own seller's orders along and does nothing else.
  maker: ['orders.progress'],
};

/** What each kind of actor may do; approving money is for approvers and admins only. */
export function can(actor: Actor, permission: Permission): boolean {
  switch (actor.type) {
    case 'assistant':
      return permission === 'support.act';
    case 'integration':
      return permission === 'orders.write';
    case 'system':
      return permission !== 'refunds.approve';
    case 'user':
      return byRole[actor.role].includes(permission);
  }
}

/** How an actor appears in the audit log and on decided records. */
export function actorLabel(actor: Actor): string {
  switch (actor.type) {
    case 'assistant':
      return 'assistant';
    case 'integration':
      return 'integration';
    case 'system':
      return `system:${actor.name}`;
    case 'user':
      return `user:${actor.userId}`;
  }
}

/**
 * How callers may name an actor: the object, or a string — `assistant`, `api`/`integration`,
 * `system:<name>`, or a console user's id (optionally `user:<id>`), whose role is then looked up.
 */
export type ActorInput = Actor | string;

export const actors = {
  assistant: { type: 'assistant' } as const satisfies Actor,
  integration: { type: 'integration' } as const satisfies Actor,
  system: (name: string): Actor => ({ type: 'system', name }),
  user: (userId: string, role: Role): Actor => ({ type: 'user', userId, role }),
};
