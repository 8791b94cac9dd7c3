import type { DurationStats, InsightsReport, MoneyByCurrency } from './types.js';

/** One figure of the report as a flat row: what CSV export and the CLI table print. */
export type InsightsRow = { section: string; name: string; value: string };

const pct = (r: number | null): string => (r === null ? '' : `${(r * 100).toFixed(1)}%`);
const num = (n: number | null): string => (n === null ? '' : String(n));
const moneyText = (m: MoneyByCurrency): string =>
  m.map((x) => `${x.amount} ${x.currency}`).join('; ');

/** Seconds as a short human duration ("45s", "12m 5s", "3h 20m", "2d 4h"). */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
  return `${Math.floor(s / 86_400)}d ${Math.floor((s % 86_400) / 3600)}h`;
}

function durationRows(
  section: string,
  name: string,
  d: DurationStats,
  human: boolean,
): InsightsRow[] {
  const f = human ? formatDuration : num;
  const unit = human ? '' : '_seconds';
  return [
    { section, name: `${name}_median${unit}`, value: f(d.medianSeconds) },
    { section, name: `${name}_p90${unit}`, value: f(d.p90Seconds) },
    { section, name: `${name}_count`, value: String(d.count) },
  ];
}

/**
 * The report as rows. `human` formats rates as percentages and durations as "3h 20m" (CLI
 * table); otherwise values are plain numbers (rates 0..1, seconds) for spreadsheets.
 */
export function insightsRows(r: InsightsReport, { human }: { human: boolean }): InsightsRow[] {
  const k = r.kpis;
  const ratio = human ? pct : num;
  const rows: InsightsRow[] = [
    { section: 'period', name: 'since', value: r.period.since ?? '' },
    { section: 'period', name: 'until', value: r.period.until ?? '' },
    { section: 'kpi', name: 'conversations', value: String(k.conversations) },
    { section: 'kpi', name: 'conversations_started', value: String(k.conversationsStarted) },
    { section: 'kpi', name: 'resolved', value: String(k.resolved) },
    { section: 'kpi', name: 'automated_resolutions', value: String(k.automatedResolutions) },
    { section: 'kpi', name: 'automated_resolution_rate', value: ratio(k.automatedResolutionRate) },
    { section: 'kpi', name: 'escalated', value: String(k.escalated) },
    { section: 'kpi', name: 'escalation_rate', value: ratio(k.escalationRate) },
    { section: 'kpi', name: 'first_contact_resolutions', value: String(k.firstContactResolutions) },
    {
      section: 'kpi',
      name: 'first_contact_resolution_rate',
      value: ratio(k.firstContactResolutionRate),
    },
    ...durationRows('kpi', 'first_response', k.firstResponse, human),
    ...durationRows('kpi', 'first_human_response', k.firstHumanResponse, human),
    ...durationRows('kpi', 'resolution_time', k.resolution, human),
    { section: 'csat', name: 'responses', value: String(k.csat.responses) },
    { section: 'csat', name: 'average', value: num(k.csat.average) },
    { section: 'csat', name: 'satisfied_rate', value: ratio(k.csat.satisfiedRate) },
    { section: 'csat', name: 'response_rate', value: ratio(k.csat.responseRate) },
    ...(['1', '2', '3', '4', '5'] as const).map((s) => ({
      section: 'csat',
      name: `score_${s}`,
      value: String(k.csat.distribution[s]),
    })),
    { section: 'sentiment', name: 'messages', value: String(k.sentiment.messages) },
    { section: 'sentiment', name: 'negative', value: String(k.sentiment.negative) },
    { section: 'sentiment', name: 'neutral', value: String(k.sentiment.neutral) },
    { section: 'sentiment', name: 'positive', value: String(k.sentiment.positive) },
    { section: 'refunds', name: 'count', value: String(k.refunds.count) },
    { section: 'refunds', name: 'issued', value: String(k.refunds.byStatus.issued) },
    {
      section: 'refunds',
      name: 'pending_approval',
      value: String(k.refunds.byStatus.pending_approval),
    },
    { section: 'refunds', name: 'declined', value: String(k.refunds.byStatus.declined) },
    ...k.refunds.total.map((m) => ({
      section: 'refunds',
      name: `total_${m.currency}`,
      value: m.amount,
    })),
    ...k.refunds.byReason.flatMap((x) => [
      { section: 'refunds_by_reason', name: `${x.reason}:count`, value: String(x.count) },
      ...x.amounts.map((m) => ({
        section: 'refunds_by_reason',
        name: `${x.reason}:${m.currency}`,
        value: m.amount,
      })),
    ]),
    { section: 'change_requests', name: 'total', value: String(k.changeRequests.total) },
    {
      section: 'change_requests',
      name: 'inside_window',
      value: String(k.changeRequests.insideWindow),
    },
    {
      section: 'change_requests',
      name: 'outside_window',
      value: String(k.changeRequests.outsideWindow),
    },
    { section: 'change_requests', name: 'recorded', value: String(k.changeRequests.recorded) },
    { section: 'change_requests', name: 'refused', value: String(k.changeRequests.refused) },
    {
      section: 'change_requests',
      name: 'address_changes',
      value: String(k.changeRequests.addressChanges),
    },
    { section: 'remakes', name: 'count', value: String(k.remakes.count) },
    { section: 'remakes', name: 'rush', value: String(k.remakes.rush) },
    ...k.remakes.byReason.map((x) => ({
      section: 'remakes_by_reason',
      name: x.reason,
      value: String(x.count),
    })),
    { section: 'returns', name: 'count', value: String(k.returns.count) },
  ];
  if (human) {
    // The table shows the money totals in one line per currency; drop the per-currency rows above.
    return rows
      .filter((x) => !(x.section === 'refunds' && x.name.startsWith('total_')))
      .concat(
        k.refunds.total.length > 0
          ? [{ section: 'refunds', name: 'total', value: moneyText(k.refunds.total) }]
          : [],
      );
  }
  return [
    ...rows,
    ...r.topics.totals.map((t) => ({ section: 'topics', name: t.intent, value: String(t.count) })),
    ...r.topics.days.flatMap((d) =>
      Object.entries(d.intents).map(([intent, n]) => ({
        section: 'topics_by_day',
        name: `${d.date}:${intent}`,
        value: String(n),
      })),
    ),
    ...(['products', 'sellers', 'collections'] as const).flatMap((which) =>
      r.friction[which].flatMap((f) => [
        {
          section: `friction_${which}`,
          name: `${f.key}:conversations`,
          value: String(f.conversations),
        },
        {
          section: `friction_${which}`,
          name: `${f.key}:friction_score`,
          value: String(f.frictionScore),
        },
        {
          section: `friction_${which}`,
          name: `${f.key}:escalations`,
          value: String(f.escalations),
        },
        {
          section: `friction_${which}`,
          name: `${f.key}:top_intents`,
          value: f.topIntents.map((t) => `${t.intent}=${t.count}`).join(' '),
        },
      ]),
    ),
    ...r.escalationReasons.map((e) => ({
      section: 'escalation_reasons',
      name: e.rule,
      value: String(e.count),
    })),
    { section: 'knowledge_gaps', name: 'count', value: String(r.knowledgeGaps.count) },
    ...r.knowledgeGaps.examples.map((g) => ({
      section: 'knowledge_gap_examples',
      name: `${g.kind}:${g.at}`,
      value: g.text,
    })),
  ];
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula starts defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole report as CSV (`section,name,value`, CRLF line ends). */
export function insightsCsv(r: InsightsReport): string {
  const lines = [
    ['section', 'name', 'value'],
    ...insightsRows(r, { human: false }).map((x) => [x.section, x.name, x.value]),
  ];
  return lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const labels: Record<string, string> = {
  'kpi.conversations': 'Conversations',
  'kpi.conversations_started': 'Conversations started (incl. no message)',
  'kpi.resolved': 'Resolved',
  'kpi.automated_resolutions': 'Resolved without a person',
  'kpi.automated_resolution_rate': 'Automated resolution rate',
  'kpi.escalated': 'Escalated',
  'kpi.escalation_rate': 'Escalation rate',
  'kpi.first_contact_resolutions': 'First-contact resolutions',
  'kpi.first_contact_resolution_rate': 'First-contact resolution rate',
  'kpi.first_response_median': 'First response, median',
  'kpi.first_response_p90': 'First response, p90',
  'kpi.first_response_count': 'First response, conversations',
  'kpi.first_human_response_median': 'First reply by a person, median',
  'kpi.first_human_response_p90': 'First reply by a person, p90',
  'kpi.first_human_response_count': 'First reply by a person, conversations',
  'kpi.resolution_time_median': 'Resolution time, median',
  'kpi.resolution_time_p90': 'Resolution time, p90',
  'kpi.resolution_time_count': 'Resolution time, conversations',
  'csat.responses': 'Answers',
  'csat.average': 'Average (1-5)',
  'csat.satisfied_rate': 'Satisfied (4 or 5)',
  'csat.response_rate': 'Answers per resolved conversation',
  'csat.score_1': '1 star',
  'csat.score_2': '2 stars',
  'csat.score_3': '3 stars',
  'csat.score_4': '4 stars',
  'csat.score_5': '5 stars',
  'sentiment.messages': 'Customer messages read',
  'sentiment.negative': 'Negative',
  'sentiment.neutral': 'Neutral',
  'sentiment.positive': 'Positive',
  'refunds.count': 'Refunds',
  'refunds.issued': 'Issued',
  'refunds.pending_approval': 'Waiting for approval',
  'refunds.declined': 'Declined',
  'refunds.total': 'Amount (issued + waiting)',
  'change_requests.total': 'Personalisation changes asked',
  'change_requests.inside_window': 'Inside the change window',
  'change_requests.outside_window': 'Outside the change window',
  'change_requests.recorded': 'Recorded',
  'change_requests.refused': 'Refused',
  'change_requests.address_changes': 'Address changes',
  'remakes.count': 'Remakes',
  'remakes.rush': 'Rush remakes',
  'returns.count': 'Returns and exchanges',
};
const label = (x: InsightsRow): string => labels[`${x.section}.${x.name}`] ?? x.name;

/** A plain two-column table for the terminal, grouped by section. */
export function insightsTable(r: InsightsReport): string {
  const rows = insightsRows(r, { human: true });
  const width = Math.max(...rows.map((x) => label(x).length));
  const out: string[] = [];
  let section = '';
  for (const x of rows) {
    if (x.section !== section) {
      if (section !== '') out.push('');
      section = x.section;
      out.push(section.toUpperCase().replace(/_/g, ' '));
    }
    out.push(`  ${label(x).padEnd(width)}  ${x.value === '' ? '-' : x.value}`);
  }
  const top = (title: string, items: string[]): void => {
    if (items.length === 0) return;
    out.push('', title);
    for (const i of items) out.push(`  ${i}`);
  };
  top(
    'TOP TOPICS',
    r.topics.totals.slice(0, 8).map((t) => `${t.intent.padEnd(18)} ${t.count}`),
  );
  top(
    'TOP ESCALATION REASONS',
    r.escalationReasons.slice(0, 8).map((e) => `${e.rule.padEnd(30)} ${e.count}`),
  );
  top(
    'FRICTION BY PRODUCT',
    r.friction.products
      .slice(0, 8)
      .map(
        (f) =>
          `${`${f.key} (${f.label})`.padEnd(40)} score ${f.frictionScore}, ${f.conversations} conversations${f.topIntents[0] ? `, mostly ${f.topIntents[0].intent}` : ''}`,
      ),
  );
  top(
    'FRICTION BY SELLER',
    r.friction.sellers
      .slice(0, 8)
      .map((f) => `${f.key.padEnd(20)} score ${f.frictionScore}, ${f.conversations} conversations`),
  );
  top(
    `KNOWLEDGE GAPS (${r.knowledgeGaps.count})`,
    r.knowledgeGaps.examples
      .slice(0, 5)
      .map((g) => `"${g.text.replace(/\s+/g, ' ').slice(0, 80)}" (${g.kind})`),
  );
  return out.join('\n') + '\n';
}
