// A small metrics registry that renders the Prometheus text format (version 0.0.4): counters,
// gauges and histograms with labels. Small enough to own; no client library needed.

export type Labels = Record<string, string>;

const escapeLabel = (v: string) =>
  v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function labelText(labels: Labels, extra?: [string, string]): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  if (extra) parts.push(`${extra[0]}="${escapeLabel(extra[1])}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

/** A series' key: cheap for the common cases (no label, one label), no JSON built per call. */
function key(labels: Labels): string {
  const names = Object.keys(labels);
  if (names.length === 0) return '';
  if (names.length === 1) return `${names[0]}\u0000${labels[names[0]!]}`;
  return names
    .sort()
    .map((n) => `${n}\u0000${labels[n]}`)
    .join('\u0001');
}

const num = (n: number) =>
  Number.isFinite(n) ? String(n) : Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf';

interface Metric {
  render(): string[];
}

class Series<T> {
  protected readonly series = new Map<string, { labels: Labels; value: T }>();
  protected get(labels: Labels, init: () => T): T {
    const k = key(labels);
    let s = this.series.get(k);
    if (!s) this.series.set(k, (s = { labels, value: init() }));
    return s.value;
  }
}

export class Counter extends Series<{ n: number }> implements Metric {
  constructor(
    readonly name: string,
    readonly help: string,
  ) {
    super();
  }
  inc(labels: Labels = {}, by = 1): void {
    this.get(labels, () => ({ n: 0 })).n += by;
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.series.values()) {
      lines.push(`${this.name}${labelText(labels)} ${num(value.n)}`);
    }
    return lines;
  }
}

/** A gauge whose values are read when the metrics are rendered. */
export class Gauge implements Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly collect: () => [Labels, number][],
  ) {}
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`];
    for (const [labels, v] of this.collect())
      lines.push(`${this.name}${labelText(labels)} ${num(v)}`);
    return lines;
  }
}

export class Histogram extends Series<{ counts: number[]; sum: number; count: number }> {
  constructor(
    readonly name: string,
    readonly help: string,
    /** Upper bounds, ascending; +Inf is implied. */
    readonly buckets: number[],
  ) {
    super();
  }
  observe(value: number, labels: Labels = {}): void {
    const s = this.get(labels, () => ({ counts: this.buckets.map(() => 0), sum: 0, count: 0 }));
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]!) s.counts[i]!++;
    s.sum += value;
    s.count++;
  }
  render(): string[] {
    const n = this.name;
    const lines = [`# HELP ${n} ${this.help}`, `# TYPE ${n} histogram`];
    for (const { labels, value } of this.series.values()) {
      this.buckets.forEach((le, i) => {
        lines.push(`${n}_bucket${labelText(labels, ['le', num(le)])} ${value.counts[i]}`);
      });
      lines.push(`${n}_bucket${labelText(labels, ['le', '+Inf'])} ${value.count}`);
      lines.push(`${n}_sum${labelText(labels)} ${num(value.sum)}`);
      lines.push(`${n}_count${labelText(labels)} ${value.count}`);
    }
    return lines;
  }
}

export class MetricsRegistry {
  private readonly metrics: Metric[] = [];
  add<M extends Metric>(metric: M): M {
    this.metrics.push(metric);
    return metric;
  }
  render(): string {
    return `${this.metrics.flatMap((m) => m.render()).join('\n')}\n`;
  }
}

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
