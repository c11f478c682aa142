// A location's harvest per visit (ROT-31): the report, the Markdown and the CSV put each
// contribution under the visit it came in, with a heading "A1 · Groep 7 · 10:30–11:15". A room
// without visits is one section without a heading, exactly as before.

import { translate } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/model.js';
import { kindOf } from '../kinds/index.js';
import type { ActivityExport, StatementExport, VisitExport } from './harvest.js';

export interface VisitSection<A extends ActivityExport> {
  /** null: the room has no visits, or what came in outside them (before the first). */
  visit: VisitExport | null;
  /** The visit after it at the location: its start ends this one. */
  next: VisitExport | null;
  activities: A[];
}

/** Only what came in during the visit (`visit` null: outside every visit). */
function part<A extends ActivityExport>(a: A, visit: VisitExport | null): A {
  const label = visit?.label ?? null;
  const n = visit?.n ?? null;
  const mine = (s: StatementExport) => (s.visit ?? null) === label;
  const out: ActivityExport = { ...a, statements: a.statements.filter(mine) };
  switch (out.kind) {
    case 'round':
      out.phases = out.phases.map((p) => ({ ...p, contributions: p.contributions.filter(mine) }));
      break;
    case 'qa':
      out.questions = out.questions.filter((q) => (q.visit ?? null) === n);
      break;
    case 'poll':
      out.rounds = out.rounds.filter((r) => (r.visit ?? null) === n);
      break;
    case 'ranking':
      // A ranking's ballots carry no visit: its results stand outside the visits.
      if (n !== null) out.rounds = [];
      break;
    default:
      break;
  }
  return out as A;
}

/** Whether anything came in: a statement (any status), a question, a vote. */
function received(a: ActivityExport): boolean {
  if (a.statements.length > 0) return true;
  if (a.kind === 'qa') return a.questions.length > 0;
  return kindOf(a.kind).contributed(a as never);
}

/**
 * The room's activities per visit, in the order the visits were started; what came in outside
 * every visit first, when anything did. Without visits: one section, the activities unchanged.
 */
export function visitSections<A extends ActivityExport>(
  activities: A[],
  visits: readonly VisitExport[] | undefined,
): VisitSection<A>[] {
  if (!visits?.length) return [{ visit: null, next: null, activities }];
  const outside = activities.map((a) => part(a, null)).filter(received);
  const sections: VisitSection<A>[] = outside.length
    ? [{ visit: null, next: null, activities: outside }]
    : [];
  visits.forEach((v, i) =>
    sections.push({
      visit: v,
      next: visits[i + 1] ?? null,
      activities: activities.map((a) => part(a, v)).filter(received),
    }),
  );
  return sections;
}

/** "10:30": a visit's start in the event's zone (a few headings per report: no cache). */
const clock = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.parse(iso));

/**
 * A section's heading: "A1 · Groep 7 · 10:30–11:15" in the event's zone (the visit's start to
 * the next visit's start; the last "vanaf 14:05"), or "Buiten de bezoeken"; null without visits.
 */
export function visitHeading(
  s: Pick<VisitSection<ActivityExport>, 'visit' | 'next'>,
  lang: Language,
  timeZone: string,
): string {
  if (!s.visit) return translate(lang, 'rot3.visit.outside');
  const from = clock(s.visit.startedAt, timeZone);
  const when = s.next
    ? `${from}–${clock(s.next.startedAt, timeZone)}`
    : translate(lang, 'rot3.visit.from', { time: from });
  return `${s.visit.label} · ${s.visit.group} · ${when}`;
}
