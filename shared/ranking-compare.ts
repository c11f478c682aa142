// The plenary's ranking next to the locations' (RANK-9, RANK-10): when locations ranked the same
// list, or items of it, each plenary item gets, per location, its place and figure there. Items
// are matched by their label (case and spacing ignored), so a list filled from the harvest and
// the locations' own lists of the same directions line up. Pure: the report, the Markdown
// export and tests use it alike.

import type { RankingMode } from './ranking.js';

/** One ranking's latest counted round, as the harvest export gives it (best first). */
export interface CompareRanking {
  id: string;
  title: string;
  kind: string;
  mode: RankingMode;
  rounds: {
    voters: number;
    items: {
      label: string;
      source?: string;
      place: number;
      mean: number | null;
      spread: number | null;
    }[];
  }[];
}

export interface CompareRoom {
  id: string;
  name: string;
  kind: string;
  activities: readonly { kind: string }[];
}

/** One item's place and figure in one ranking: order mode the mean rank, points the mean points. */
export interface CompareCell {
  place: number;
  mean: number | null;
  spread: number | null;
}

export interface RankingComparison {
  rankingId: string;
  title: string;
  mode: RankingMode;
  plenaryVoters: number;
  /** The locations that ranked at least two of the plenary's items, in the event's order. */
  columns: { roomId: string; name: string; voters: number; items: number }[];
  /** The plenary's items, its best first; `locations` in the order of `columns`. */
  rows: {
    label: string;
    source?: string;
    plenary: CompareCell;
    locations: (CompareCell | null)[];
  }[];
}

/** Labels match whatever their case and spacing. */
export const sameLabel = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();

const latest = (r: CompareRanking) => [...r.rounds].reverse().find((x) => x.voters > 0) ?? null;

const rankingsOf = (room: CompareRoom): CompareRanking[] =>
  room.activities.filter((a): a is CompareRanking => a.kind === 'ranking');

/** A location's match: its ranking of the same way that shares the most items (two at least). */
function bestMatch(
  labels: ReadonlySet<string>,
  mode: RankingMode,
  room: CompareRoom,
): { ranking: CompareRanking; shared: number } | null {
  let best: { ranking: CompareRanking; shared: number } | null = null;
  for (const ranking of rankingsOf(room)) {
    const round = ranking.mode === mode ? latest(ranking) : null;
    if (!round) continue;
    const shared = round.items.filter((i) => labels.has(sameLabel(i.label))).length;
    if (shared >= 2 && shared >= (best?.shared ?? 0)) best = { ranking, shared };
  }
  return best;
}

/** Every plenary ranking with votes that at least one location ranked too. */
export function compareRankings(rooms: readonly CompareRoom[]): RankingComparison[] {
  const out: RankingComparison[] = [];
  for (const plenary of rooms.filter((r) => r.kind === 'plenary')) {
    for (const ranking of rankingsOf(plenary)) {
      const round = latest(ranking);
      if (!round) continue;
      const labels = new Set(round.items.map((i) => sameLabel(i.label)));
      const matches = rooms
        .filter((r) => r.kind !== 'plenary')
        .map((room) => ({ room, match: bestMatch(labels, ranking.mode, room) }))
        .filter((x) => x.match !== null);
      if (matches.length === 0) continue;
      const lookups = matches.map(({ match }) => {
        const items = latest(match!.ranking)!.items;
        return new Map(items.map((i) => [sameLabel(i.label), i]));
      });
      out.push({
        rankingId: ranking.id,
        title: ranking.title,
        mode: ranking.mode,
        plenaryVoters: round.voters,
        columns: matches.map(({ room, match }) => ({
          roomId: room.id,
          name: room.name,
          voters: latest(match!.ranking)!.voters,
          items: latest(match!.ranking)!.items.length,
        })),
        rows: round.items.map((item) => ({
          label: item.label,
          ...(item.source ? { source: item.source } : {}),
          plenary: { place: item.place, mean: item.mean, spread: item.spread },
          locations: lookups.map((l) => {
            const there = l.get(sameLabel(item.label));
            return there ? { place: there.place, mean: there.mean, spread: there.spread } : null;
          }),
        })),
      });
    }
  }
  return out;
}
