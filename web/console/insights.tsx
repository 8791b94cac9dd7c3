import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { api, ApiError, type InsightsReport } from './api.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  DoughnutController,
  ArcElement,
  Legend,
  Tooltip,
);

const palette = [
  '#2d5bd7',
  '#e07a1f',
  '#1e7b43',
  '#b42318',
  '#7a4cc2',
  '#0f8a8a',
  '#c2458f',
  '#6b7a1f',
  '#5a6172',
  '#a86a00',
  '#3b6fb5',
  '#8a2b2b',
  '#2b8a57',
  '#b5523b',
  '#5b5bd7',
  '#8f8f2b',
  '#2b6f8a',
  '#7a2b6f',
  '#999',
];

const dayMs = 86_400_000;
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

const pct = (r: number | null): string => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
function duration(s: number | null): string {
  if (s === null) return '–';
  const x = Math.round(s);
  if (x < 60) return `${x}s`;
  if (x < 3600) return `${Math.floor(x / 60)}m ${x % 60}s`;
  if (x < 86_400) return `${Math.floor(x / 3600)}h ${Math.floor((x % 3600) / 60)}m`;
  return `${Math.floor(x / 86_400)}d ${Math.floor((x % 86_400) / 3600)}h`;
}
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const money = (m: { currency: string; amount: string }[]): string =>
  m.length === 0 ? '0' : m.map((x) => `${x.amount} ${x.currency}`).join(' · ');

/** A Chart.js chart bound to a canvas; rebuilt when its data changes, destroyed on unmount. */
function ChartCanvas({
  config,
  label,
  height = 220,
}: {
  config: ChartConfiguration;
  label: string;
  height?: number;
}): JSX.Element {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = new Chart(ref.current, config);
    return () => chart.destroy();
  }, [JSON.stringify(config.data)]);
  return (
    <div class="chart" style={{ height: `${height}px` }}>
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}

/** How a figure moved against the previous period, in words (the arrow and colour only repeat them). */
export type Trend = {
  dir: 'up' | 'down' | 'same';
  tone: 'good' | 'bad' | 'neutral';
  words: string;
};

/**
 * Compares a figure with the same figure for the period just before. Rates move in percentage
 * points, counts and durations in per cent; `better` says which way is good news (none: neutral).
 */
export function trend(
  now: number | null,
  before: number | null,
  kind: 'rate' | 'count' | 'duration' | 'score',
  show: (n: number) => string,
  better?: 'up' | 'down',
): Trend | null {
  if (now === null || before === null) return null;
  const dir: Trend['dir'] =
    Math.abs(now - before) < (kind === 'rate' ? 0.0005 : kind === 'score' ? 0.005 : 0.5)
      ? 'same'
      : now > before
        ? 'up'
        : 'down';
  const tone: Trend['tone'] =
    dir === 'same' || !better ? 'neutral' : dir === better ? 'good' : 'bad';
  if (dir === 'same') return { dir, tone, words: `same as the previous period (${show(before)})` };
  let size = '';
  if (kind === 'rate') size = ` ${(Math.abs(now - before) * 100).toFixed(1)} points`;
  else if (before !== 0) size = ` ${Math.round((Math.abs(now - before) / before) * 100)}%`;
  return { dir, tone, words: `${dir}${size} from ${show(before)} in the previous period` };
}

function Kpi({
  name,
  value,
  sub,
  change,
}: {
  name: string;
  value: string;
  sub?: string;
  change?: Trend | null;
}): JSX.Element {
  return (
    <div class="kpi" role="group" aria-label={name}>
      <span class="kpi-value">{value}</span>
      <span class="kpi-name">{name}</span>
      {sub && <span class="kpi-sub">{sub}</span>}
      {change !== undefined && (
        <span class={`kpi-change ${change ? `${change.dir} ${change.tone}` : 'none'}`}>
          {change ? (
            <>
              <span aria-hidden="true">
                {change.dir === 'up' ? '▲' : change.dir === 'down' ? '▼' : '■'}{' '}
              </span>
              {change.words}
              {change.tone !== 'neutral' && (
                <span class="visually-hidden">
                  {change.tone === 'good' ? ' (better)' : ' (worse)'}
                </span>
              )}
            </>
          ) : (
            'no figure for the previous period'
          )}
        </span>
      )}
    </div>
  );
}

function Friction({
  title,
  rows,
  none,
}: {
  title: string;
  rows: InsightsReport['friction']['products'];
  none: string;
}): JSX.Element {
  return (
    <section class="panel">
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p class="empty">{none}</p>
      ) : (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Conversations</th>
              <th scope="col">With a problem</th>
              <th scope="col">Escalations</th>
              <th scope="col">Refunds</th>
              <th scope="col">Remakes</th>
              <th scope="col">Mostly about</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 10).map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label === r.key ? r.key : `${r.label} (${r.key})`}</th>
                <td>{r.conversations}</td>
                <td>{r.frictionScore}</td>
                <td>{r.escalations}</td>
                <td>{r.refunds}</td>
                <td>{r.remakes}</td>
                <td>
                  {r.topIntents
                    .map((t) => `${t.intent.replace(/_/g, ' ')} (${t.count})`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Insights (I1–I3): KPIs, charts and tables for a period, and the CSV of the same figures. */
export function Insights({ onAuthLost }: { onAuthLost: () => void }): JSX.Element {
  const today = new Date();
  const [since, setSince] = useState(isoDay(new Date(today.getTime() - 29 * dayMs)));
  const [until, setUntil] = useState(isoDay(today));
  const [report, setReport] = useState<InsightsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = `since=${encodeURIComponent(since)}&until=${encodeURIComponent(until)}`;

  const reversed = since !== '' && until !== '' && since > until;
  useEffect(() => {
    let stale = false;
    setError(null);
    // Figures of another period must never sit under the new dates.
    setReport(null);
    if (reversed) {
      setError(
        `The start date (${since}) is after the end date (${until}). Pick a start on or before the end.`,
      );
      return;
    }
    api<InsightsReport>('GET', `/insights?${query}`)
      .then((r) => !stale && setReport(r))
      .catch((e: unknown) => {
        if (stale) return;
        if (e instanceof ApiError && e.status === 401) onAuthLost();
        else setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      stale = true;
    };
  }, [query]);

  const k = report?.kpis;
  const p = report?.previous.kpis;
  const intents = report ? report.topics.totals.map((t) => t.intent) : [];
  return (
    <main class="content insights" aria-labelledby="insights-title">
      <div class="case-head">
        <h2 id="insights-title">Insights</h2>
        <form class="row" onSubmit={(e) => e.preventDefault()}>
          <label class="inline">
            From{' '}
            <input
              type="date"
              value={since}
              max={until}
              onChange={(e) => setSince(e.currentTarget.value)}
            />
          </label>
          <label class="inline">
            Until{' '}
            <input
              type="date"
              value={until}
              min={since}
              onChange={(e) => setUntil(e.currentTarget.value)}
            />
          </label>
          {!reversed && (
            <a
              class="button secondary"
              href={`/api/console/insights.csv?${query}`}
              download={`makerdesk-insights-${since}-${until}.csv`}
            >
              Export CSV
            </a>
          )}
        </form>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!report && !error && <p class="loading">Loading…</p>}
      {report && k && p && (
        <>
          <section class="kpis" aria-label="Key figures">
            <Kpi
              name="Conversations"
              value={String(k.conversations)}
              sub={`${k.resolved} resolved`}
              change={trend(k.conversations, p.conversations, 'count', String)}
            />
            <Kpi
              name="Automated resolution"
              value={pct(k.automatedResolutionRate)}
              sub={`${k.automatedResolutions} without a person`}
              change={trend(
                k.automatedResolutionRate,
                p.automatedResolutionRate,
                'rate',
                pct,
                'up',
              )}
            />
            <Kpi
              name="Escalation rate"
              value={pct(k.escalationRate)}
              sub={`${k.escalated} escalated`}
              change={trend(k.escalationRate, p.escalationRate, 'rate', pct, 'down')}
            />
            <Kpi
              name="First-contact resolution"
              value={pct(k.firstContactResolutionRate)}
              change={trend(
                k.firstContactResolutionRate,
                p.firstContactResolutionRate,
                'rate',
                pct,
                'up',
              )}
            />
            <Kpi
              name="First response"
              value={duration(k.firstResponse.medianSeconds)}
              sub={`p90 ${duration(k.firstResponse.p90Seconds)} · by a person ${duration(k.firstHumanResponse.medianSeconds)}`}
              change={trend(
                k.firstResponse.medianSeconds,
                p.firstResponse.medianSeconds,
                'duration',
                duration,
                'down',
              )}
            />
            <Kpi
              name="Resolution time"
              value={duration(k.resolution.medianSeconds)}
              sub={`p90 ${duration(k.resolution.p90Seconds)}`}
              change={trend(
                k.resolution.medianSeconds,
                p.resolution.medianSeconds,
                'duration',
                duration,
                'down',
              )}
            />
            <Kpi
              name="CSAT"
              value={k.csat.average === null ? '–' : `${k.csat.average.toFixed(2)} / 5`}
              sub={`${plural(k.csat.responses, 'answer', 'answers')} · ${pct(k.csat.satisfiedRate)} satisfied`}
              change={trend(
                k.csat.average,
                p.csat.average,
                'score',
                (n) => `${n.toFixed(2)} / 5`,
                'up',
              )}
            />
            <Kpi
              name="Refunds"
              value={money(k.refunds.total)}
              sub={`${plural(k.refunds.count, 'refund', 'refunds')} · ${k.refunds.byStatus.pending_approval} waiting`}
              change={trend(
                k.refunds.count,
                p.refunds.count,
                'count',
                (n) => plural(n, 'refund', 'refunds'),
                'down',
              )}
            />
            <Kpi
              name="Change requests"
              value={String(k.changeRequests.total)}
              sub={`${k.changeRequests.insideWindow} inside · ${k.changeRequests.outsideWindow} outside the window`}
              change={trend(k.changeRequests.total, p.changeRequests.total, 'count', String)}
            />
            <Kpi
              name="Remakes"
              value={String(k.remakes.count)}
              sub={`${k.remakes.rush} rush`}
              change={trend(k.remakes.count, p.remakes.count, 'count', String, 'down')}
            />
          </section>

          <div class="chart-grid">
            <section class="panel wide">
              <h3>Topics per day</h3>
              <ChartCanvas
                label="Conversations per topic and day"
                height={260}
                config={{
                  type: 'bar',
                  data: {
                    labels: report.topics.days.map((d) => d.date.slice(5)),
                    datasets: intents.map((intent, i) => ({
                      label: intent.replace(/_/g, ' '),
                      data: report.topics.days.map((d) => d.intents[intent] ?? 0),
                      backgroundColor: palette[i % palette.length] ?? '#999',
                    })),
                  },
                  options: {
                    animation: false,
                    maintainAspectRatio: false,
                    scales: {
                      x: { stacked: true },
                      y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
                    },
                    plugins: { legend: { position: 'bottom' } },
                  },
                }}
              />
            </section>
            <section class="panel">
              <h3>CSAT answers</h3>
              <ChartCanvas
                label="Customer satisfaction answers by score"
                config={{
                  type: 'bar',
                  data: {
                    labels: ['1', '2', '3', '4', '5'],
                    datasets: [
                      {
                        label: 'answers',
                        data: (['1', '2', '3', '4', '5'] as const).map(
                          (s) => k.csat.distribution[s],
                        ),
                        backgroundColor: ['#b42318', '#e07a1f', '#a8a8a8', '#5fae6e', '#1e7b43'],
                      },
                    ],
                  },
                  options: {
                    animation: false,
                    maintainAspectRatio: false,
                    plugins: { legend: { display: false } },
                    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
                  },
                }}
              />
            </section>
            <section class="panel">
              <h3>Sentiment of customer messages</h3>
              <ChartCanvas
                label="Sentiment mix of customer messages"
                config={{
                  type: 'doughnut',
                  data: {
                    labels: ['negative', 'neutral', 'positive'],
                    datasets: [
                      {
                        data: [k.sentiment.negative, k.sentiment.neutral, k.sentiment.positive],
                        backgroundColor: ['#b42318', '#a8a8a8', '#1e7b43'],
                      },
                    ],
                  },
                  options: {
                    animation: false,
                    maintainAspectRatio: false,
                    plugins: { legend: { position: 'bottom' } },
                  },
                }}
              />
            </section>
          </div>

          <div class="chart-grid">
            <section class="panel">
              <h3>Top escalation reasons</h3>
              {report.escalationReasons.length === 0 ? (
                <p class="empty">No escalations in this period.</p>
              ) : (
                <table class="data">
                  <tbody>
                    {report.escalationReasons.slice(0, 10).map((e) => (
                      <tr key={e.rule}>
                        <th scope="row">
                          <code>{e.rule}</code>
                          {e.example && <span class="hint"> {e.example}</span>}
                        </th>
                        <td>{e.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section class="panel">
              <h3>Refunds by reason</h3>
              {k.refunds.byReason.length === 0 ? (
                <p class="empty">No refunds in this period.</p>
              ) : (
                <table class="data">
                  <tbody>
                    {k.refunds.byReason.map((r) => (
                      <tr key={r.reason}>
                        <th scope="row">{r.reason}</th>
                        <td>{r.count}</td>
                        <td>{money(r.amounts)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </div>

          <Friction
            title="Friction by product"
            rows={report.friction.products}
            none="No conversations about orders in this period."
          />
          <Friction
            title="Friction by seller"
            rows={report.friction.sellers}
            none="No conversations about orders in this period."
          />
          <Friction
            title="Friction by collection"
            rows={report.friction.collections}
            none="No products with a collection (product type) in this period."
          />

          <section class="panel">
            <h3>Questions the assistant could not answer ({report.knowledgeGaps.count})</h3>
            {report.knowledgeGaps.examples.length === 0 ? (
              <p class="empty">None in this period.</p>
            ) : (
              <ul class="gaps">
                {report.knowledgeGaps.examples.map((g) => (
                  <li key={g.messageId}>
                    <q>{g.text}</q>{' '}
                    <span class="chip">
                      {g.kind === 'no_answer' ? 'not in the FAQ' : 'not understood'}
                    </span>
                    {g.lang && <span class="chip">{g.lang}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </main>
  );
}
