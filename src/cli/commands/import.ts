import type { Command } from 'commander';
import { createActions } from '../../actions/index.js';
import { AppError } from '../../domain/errors.js';
import {
  importOrderRows,
  readOrdersFile,
  rejectionLines,
  summaryLine,
} from '../../import/import-orders.js';
import { importFormats, type ImportFormat } from '../../import/orders-file.js';
import { openStore } from '../../store/index.js';
import { randomUUID } from 'node:crypto';

type Options = { db?: string; format?: string };

/** `makerdesk import FILE [--db URL] [--format json|csv|etsy]`; exit 2 when any row was rejected. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Import orders from a JSON array or a CSV file (one row per item); see docs/import.md',
    )
    .argument('<file>', 'orders file (.json or .csv)')
    .option(
      '--db <url>',
      'database: sqlite:PATH or postgres://… (default: MAKERDESK_DB, else sqlite:./data/makerdesk.db)',
    )
    .option(
      '--format <format>',
      'json, csv or etsy (Etsy getShopReceipts JSON); default: from the file name',
    )
    .action(async (file: string, options: Options) => {
      const format = formatOf(options.format);
      const { rows, format: used } = await readOrdersFile(file, format);
      const store = await openStore(
        options.db ?? process.env['MAKERDESK_DB'] ?? 'sqlite:./data/makerdesk.db',
      );
      try {
        const actions = createActions({
          store,
          clock: () => new Date(),
          newId: () => randomUUID(),
        });
        const report = await importOrderRows(rows, actions, used);
        for (const line of rejectionLines(report, rows)) process.stderr.write(`${line}\n`);
        process.stdout.write(`${summaryLine(report)}\n`);
        if (report.rejected.length > 0) {
          throw new AppError(
            'validation_failed',
            `${report.rejected.length} of ${rows.length} orders were rejected; the others were imported`,
          );
        }
      } finally {
        await store.close();
      }
    });
}

function formatOf(value: string | undefined): ImportFormat | undefined {
  if (value === undefined) return undefined;
  const found = importFormats.find((f) => f === value.toLowerCase());
  if (!found)
    throw new AppError('bad_request', `--format must be json, csv or etsy, not "${value}"`);
  return found;
}
