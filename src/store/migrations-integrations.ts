import { sql, type Kysely } from 'kysely';
import type { Dialect } from './migrations.js';

/**
 * Webhook deliveries (replay guard), platform order ids, e-mail threads, the outbox, opt-outs,
 * read cursors, and an expression index for finding an order by its tracking number.
 */
export async function integrationsMigration(db: Kysely<unknown>, d: Dialect): Promise<void> {
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('delivery_id', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_deliveries_pk', ['source', 'delivery_id'])
    .execute();

  await db.schema
    .createTable('external_orders')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('external_orders_pk', ['source', 'external_id'])
    .execute();

  await db.schema
    .createTable('mail_messages')
    .addColumn('message_id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mail_messages_address')
    .on('mail_messages')
    .columns(['address', 'direction', 'at'])
    .execute();

  await db.schema
    .createTable('mail_threads')
    .addColumn('conversation_id', 'text', (c) =>
      c.primaryKey().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('last_message_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mail_threads_address')
    .on('mail_threads')
    .columns(['address', 'updated_at'])
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('outbox_due')
    .on('outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();

  await db.schema
    .createTable('notification_optouts')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('integration_cursors')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();

  const expr =
    d === 'sqlite'
      ? sql`json_extract(data, '$.fulfillment.trackingNumber')`
      : sql`((data::jsonb) #>> '{fulfillment,trackingNumber}')`;
  await sql`create index orders_tracking_number on orders (${expr})`.execute(db);
}

/** Maker accounts: the seller a `maker` console account works for. */
export async function makersMigration(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('seller_id', 'text').execute();
}
