import {
  type CreateTableBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
} from 'kysely';
import { integrationsMigration, makersMigration } from './migrations-integrations.js';
import { studioMigration } from './migrations-studio.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The schema, as code: one list of migrations for both dialects. The only dialect difference is
 * how the insertion-order column `seq` is generated.
 */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001_initial': { up: (db) => initial(db, dialect) },
    '0002_guards': { up: (db) => guards(db, dialect) },
    '0100_integrations': { up: (db) => integrationsMigration(db, dialect) },
    '0101_channels_makers': { up: (db) => makersMigration(db) },
    '0200_studio': { up: (db) => studioMigration(db, dialect) },
    '0300_perf_indexes': { up: (db) => perfIndexes(db) },
  };
  return { getMigrations: () => Promise.resolve(migrations) };
}

type AnyTable = CreateTableBuilder<string, string>;

function table(db: Kysely<unknown>, name: string, dialect: Dialect, withSeq: boolean): AnyTable {
  const t = db.schema.createTable(name);
  if (!withSeq) return t;
  return dialect === 'sqlite'
    ? t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    : t.addColumn('seq', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity());
}

async function initial(db: Kysely<unknown>, d: Dialect): Promise<void> {
  await table(db, 'orders', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('customer_email', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('fulfillment_status', 'text', (c) => c.notNull())
    .addColumn('total_minor', 'bigint', (c) => c.notNull())
    .addColumn('refunded_minor', 'bigint', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('orders_customer_email')
    .on('orders')
    .column('customer_email')
    .execute();

  await table(db, 'conversations', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('intent', 'text')
    .addColumn('order_id', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('handled_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversations_status')
    .on('conversations')
    .columns(['status', 'updated_at'])
    .execute();

  await table(db, 'messages', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('lang', 'text')
    .addColumn('quick_replies', 'text')
    .addColumn('attachment_ids', 'text')
    .addColumn('meta', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('messages_conversation')
    .on('messages')
    .columns(['conversation_id', 'seq'])
    .execute();

  await table(db, 'events', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('conversation_id', 'text')
    .addColumn('order_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('events_conversation')
    .on('events')
    .columns(['conversation_id', 'seq'])
    .execute();
  await db.schema.createIndex('events_order').on('events').columns(['order_id', 'seq']).execute();
  await db.schema.createIndex('events_at').on('events').columns(['at']).execute();

  await table(db, 'cases', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('conversation_id', 'text')
    .addColumn('order_id', 'text')
    .addColumn('handoff', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('assigned_to', 'text')
    .execute();
  await db.schema.createIndex('cases_status').on('cases').columns(['status', 'priority']).execute();
  await db.schema.createIndex('cases_conversation').on('cases').column('conversation_id').execute();

  await table(db, 'refunds', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('conversation_id', 'text')
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // A second refund with the same key is impossible, whatever the caller does.
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .execute();
  await db.schema.createIndex('refunds_order').on('refunds').column('order_id').execute();

  await table(db, 'returns', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('conversation_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_skus', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('return_shipping_paid_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('returns_order').on('returns').column('order_id').execute();

  await table(db, 'change_requests', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('conversation_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('before_value', 'text', (c) => c.notNull())
    .addColumn('after_value', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('inside_window', 'integer', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('change_requests_order')
    .on('change_requests')
    .column('order_id')
    .execute();

  await table(db, 'remakes', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('conversation_id', 'text')
    .addColumn('item_skus', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('rush', 'integer', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('remakes_order').on('remakes').column('order_id').execute();

  await table(db, 'briefs', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('brief', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await table(db, 'users', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_norm', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('failed_logins', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await table(db, 'sessions', d, false)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await table(db, 'attachments', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attachments_conversation')
    .on('attachments')
    .column('conversation_id')
    .execute();

  await table(db, 'audit_log', d, true)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('rule', 'text')
    .addColumn('reason', 'text')
    .addColumn('before_value', 'text')
    .addColumn('after_value', 'text')
    .execute();
  await db.schema
    .createIndex('audit_subject')
    .on('audit_log')
    .columns(['subject_type', 'subject_id'])
    .execute();

  await table(db, 'idempotency', d, false)
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await table(db, 'notifications', d, false)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

/**
 * Counters that must hold under concurrency (docs/security.md): a login-failure window on
 * users, failed proofs of ownership per order number, contacts per order, the items a refund
 * is for, and server secrets (the key that signs order links).
 */
async function guards(db: Kysely<unknown>, d: Dialect): Promise<void> {
  await db.schema.alterTable('users').addColumn('failed_since', 'text').execute();
  await db.schema.alterTable('refunds').addColumn('item_skus', 'text').execute();

  // One row per order number anyone tried to prove; its row lock serialises the counting.
  await table(db, 'order_guards', d, false)
    .addColumn('order_key', 'text', (c) => c.primaryKey())
    .addColumn('paused_until', 'text')
    .execute();
  await table(db, 'proof_failures', d, true)
    .addColumn('order_key', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proof_failures_order')
    .on('proof_failures')
    .columns(['order_key', 'at'])
    .execute();

  await table(db, 'order_contacts', d, true)
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('order_contacts_once', ['order_id', 'conversation_id'])
    .execute();

  await table(db, 'secrets', d, false)
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

/**
 * Range reads by creation time (insights for a period): without these, each read scans the whole
 * table, which at 100,000 conversations is most of an insights request (bench/scale.bench.ts).
 */
async function perfIndexes(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('conversations_created')
    .on('conversations')
    .column('created_at')
    .execute();
  for (const name of ['refunds', 'change_requests', 'remakes', 'returns']) {
    await db.schema.createIndex(`${name}_created`).on(name).column('created_at').execute();
  }
}
