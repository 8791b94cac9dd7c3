import type { AuditEntry, User } from '../../src/domain/records.js';
import type { AuthStore } from '../../src/auth/auth.js';

/** Just the users/sessions/audit part of the Store, in memory, for auth unit tests. */
export function memoryAuthStore(): AuthStore & { auditLog: AuditEntry[] } {
  const users = new Map<string, User>();
  const sessions = new Map<string, { id: string; userId: string; csrfToken: string; expiresAt: string }>();
  const auditLog: AuditEntry[] = [];
  return {
    auditLog,
    users: {
      create: (u) => {
        users.set(u.id, { ...u });
        return Promise.resolve();
      },
      byEmail: (email) => Promise.resolve([...users.values()].find((u) => u.email === email) ?? null),
      get: (id) => Promise.resolve(users.get(id) ?? null),
      update: (id, patch) => {
        const u = users.get(id);
        if (u) users.set(id, { ...u, ...patch });
        return Promise.resolve();
      },
      list: () => Promise.resolve([...users.values()]),
    },
    sessions: {
      create: (s) => {
        sessions.set(s.id, s);
        return Promise.resolve();
      },
      get: (id) => Promise.resolve(sessions.get(id) ?? null),
      delete: (id) => {
        sessions.delete(id);
        return Promise.resolve();
      },
    },
    audit: {
      append: (e) => {
        auditLog.push(e);
        return Promise.resolve();
      },
      list: () => Promise.resolve([...auditLog]),
    },
  };
}
