import type { Command } from 'commander';
import { AppError } from '../../domain/errors.js';
import { computeInsights, insightsTable, parsePeriod } from '../../insights/index.js';
import { coverageTable, ruleCoverage } from '../../studio/coverage.js';
import type { RegisterCommand } from './index.js';

type InsightsOptions = { since?: string; until?: string; json?: boolean; db?: string };

/** `makerdesk insights`: the KPIs of product.md I1 (and the topics of I2) for a period. */
export const registerInsights: RegisterCommand = (program: Command) => {
  program
    .command('insights')
    .description(
      'Show the support KPIs for a period: conversations, automated resolution, escalations, response and resolution times, CSAT, sentiment, refunds, changes, remakes.',
    )
    .option(
      '--since <date>',
      'start of the period: YYYY-MM-DD (UTC) or an ISO instant; default 30 days before --until',
    )
    .option(
      '--until <date>',
      'end of the period, inclusive for a date: YYYY-MM-DD (UTC) or an ISO instant; default now',
    )
    .option('--json', 'print the whole report as JSON')
    .option(
      '--db <url>',
      'database: sqlite:PATH or postgres://… (default: MAKERDESK_DB, else sqlite:./data/makerdesk.db)',
    )
    .action(async (opts: InsightsOptions) => {
      const now = new Date();
      const period = parsePeriod({ since: opts.since, until: opts.until }, now);
      if (!period.ok) throw new AppError('bad_request', period.message);
      const { openStore } = await import('../../store/index.js');
      const store = await openStore(
        opts.db ?? process.env['MAKERDESK_DB'] ?? 'sqlite:./data/makerdesk.db',
      );
      try {
        const report = computeInsights(await store.insights.load(period.value), {
          period: period.value,
          generatedAt: now.toISOString(),
        });
        // How often each policy rule decided (the policy studio's decision log).
        const rules = ruleCoverage(await store.studio.ruleCoverage(period.value));
        process.stdout.write(
          opts.json
            ? `${JSON.stringify({ ...report, ruleCoverage: rules }, null, 2)}\n`
            : `${insightsTable(report)}\n${coverageTable(rules)}`,
        );
      } finally {
        await store.close();
      }
    });
};
