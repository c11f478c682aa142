// Turning a poll's tallies into what screens show: percentages, the shift since the previous
// round, means. Every screen (phone, beamer, chair) reads results through these.

import type { MyVote, PollActivity, PollResultsView, RoundTally } from '../../shared/model.js';
import * as fmt from '../../shared/format.js';
import { lang, t } from './i18n.js';

export interface Figure {
  count: number;
  /** 0–100, of the round's voters. */
  percent: number;
}

export interface BarRow {
  id: string;
  label: string;
  drawback?: string;
  now: Figure;
  /** The same option in the previous round, when there was one. */
  before?: Figure;
}

export const percentOf = (count: number, voters: number): number =>
  voters > 0 ? (count / voters) * 100 : 0;

/** The latest round and the one before it (for the shift), if any. */
export function lastRounds(results: PollResultsView | undefined): {
  now?: RoundTally;
  before?: RoundTally;
} {
  const rounds = results?.rounds ?? [];
  return { now: rounds.at(-1), before: rounds.length > 1 ? rounds.at(-2) : undefined };
}

function figure(round: RoundTally | undefined, id: string): Figure | undefined {
  if (!round?.options) return undefined;
  const count = round.options[id] ?? 0;
  return { count, percent: percentOf(count, round.voters) };
}

export function barRows(poll: PollActivity, results: PollResultsView | undefined): BarRow[] {
  const { now, before } = lastRounds(results);
  return poll.config.options.map((o) => {
    const row: BarRow = {
      id: o.id,
      label: o.label,
      now: figure(now, o.id) ?? { count: 0, percent: 0 },
    };
    if (o.drawback) row.drawback = o.drawback;
    const prev = figure(before, o.id);
    if (prev) row.before = prev;
    return row;
  });
}

export function formatPercent(p: number): string {
  return fmt.formatPercent(p, lang.value);
}

export function formatNumber(n: number, digits = 1): string {
  return fmt.formatNumber(n, lang.value, digits);
}

export function votesLabel(n: number): string {
  return n === 1 ? t('poll.votes.one') : t('poll.votes', { n: formatNumber(n, 0) });
}

/** What to print next to a bar, as the chair chose (percent, count, both or neither). */
export function figureText(poll: PollActivity, f: Figure): string {
  const { showPercentages, showCounts } = poll.config;
  if (showPercentages && showCounts)
    return `${formatPercent(f.percent)} (${formatNumber(f.count, 0)})`;
  if (showPercentages) return formatPercent(f.percent);
  if (showCounts) return formatNumber(f.count, 0);
  return '';
}

/** The text of the shift, "62% → 41%", in the unit the chair shows. */
export function shiftText(poll: PollActivity, before: Figure, now: Figure): string {
  const show = (f: Figure) =>
    poll.config.showPercentages ? formatPercent(f.percent) : formatNumber(f.count, 0);
  return `${show(before)} → ${show(now)}`;
}

/**
 * The latest round in one sentence, for a screen reader: the three options with the most
 * votes ("A. De zorg toch aanbieden, 62%; B. …"), the mean of a scale, the top words of a cloud.
 */
export function resultSummary(poll: PollActivity, results: PollResultsView): string {
  const { now } = lastRounds(results);
  if (!now || now.voters === 0) return t('projector.poll.noVotes');
  const kind = poll.config.pollKind;
  if (kind === 'scale') {
    const mean = now.scale?.mean;
    return mean == null
      ? t('projector.poll.noVotes')
      : t('poll.mean', { mean: formatNumber(mean) });
  }
  if (kind === 'cloud') {
    return (now.words ?? [])
      .slice(0, 3)
      .map((w) => w.word)
      .join(', ');
  }
  return barRows(poll, results)
    .map((row, i) => ({ row, letter: optionLetter(i) }))
    .sort((a, b) => b.row.now.count - a.row.now.count)
    .slice(0, 3)
    .map(({ row, letter }) => {
      const figure = figureText(poll, row.now);
      return `${letter}. ${row.label}${figure ? `, ${figure}` : ''}`;
    })
    .join('; ');
}

/** This participant's vote in the poll's current round, if any. */
export function currentVote(
  votes: ReadonlyMap<string, MyVote>,
  poll: PollActivity,
): MyVote | undefined {
  const v = votes.get(poll.id);
  return v && v.round === poll.round ? v : undefined;
}

/** Letters for options, as people say them in a room: "A", "B", … */
export const optionLetter = (i: number): string => String.fromCharCode(65 + i);
