// The ranking activity (RANK-*): participants put a list in their order, or divide 100 points
// over it. Its types live here, apart from model.ts and protocol.ts, so the kind stays in one
// place; those files only name them in their unions.

/** `order`: put the items in order (1 is best). `points`: divide `RANKING_POINTS` over them. */
export type RankingMode = 'order' | 'points';
export const RANKING_MODES: readonly RankingMode[] = ['order', 'points'];

/** The points a participant divides in points mode. */
export const RANKING_POINTS = 100;

export interface RankingItem {
  /** Made by the chair's screen; stable while the list is edited. */
  id: string;
  label: string;
  /** Where a harvested item came from ("Tafel 7"), when it was filled from the harvest. */
  source?: string;
}

export interface RankingConfig {
  mode: RankingMode;
  items: RankingItem[];
  /** `hidden`: the hall sees results only after the chair reveals them; `live`: at once. */
  resultsMode: 'live' | 'hidden';
  /**
   * The plenary's projector shows the result per location next to the plenary's once revealed
   * (RANK-11); the chair's "Per locatie". Absent: off.
   */
  compare?: boolean;
}

export type RankingState = 'draft' | 'open' | 'closed';

export interface RankingActivity {
  id: string;
  title: string;
  order: number;
  kind: 'ranking';
  config: RankingConfig;
  state: RankingState;
  /** Whether the public roles receive the results (the 'ranking' entity). */
  revealed: boolean;
  /** 1 for the first round; a new round starts with no ballots. */
  round: number;
}

/** One item's result in one round. */
export interface RankingItemResult {
  itemId: string;
  /** Order mode: the mean rank (1 is best); points mode: the mean points. Null without ballots. */
  mean: number | null;
  /** Points mode: the points summed over every ballot; order mode: the sum of ranks. */
  total: number;
  /** The standard deviation over the ballots (the spread); null without ballots. */
  spread: number | null;
}

export interface RankingRoundResult {
  round: number;
  /** Participants with a ballot in this round. */
  voters: number;
  /** In the list's order. */
  items: RankingItemResult[];
}

/**
 * The entity 'ranking': the results of every round so far, oldest first. The public roles only
 * receive it while the ranking is on screen and revealed.
 */
export interface RankingResultsView {
  id: string;
  mode: RankingMode;
  rounds: RankingRoundResult[];
}

/** A ballot: the item ids in order (order mode) or the points per item (points mode). */
export interface RankingBallotBody {
  order?: string[];
  points?: { itemId: string; points: number }[];
}

/** A participant's own ballot in the current round (in `mine`). */
export interface MyBallot extends RankingBallotBody {
  rankingId: string;
  round: number;
}

export interface RankingActivityCreate {
  type: 'activity.create';
  id: string;
  kind: 'ranking';
  /** Empty: "Rangschikking". */
  title: string;
  config: Partial<RankingConfig>;
}

/** A participant's ballot; it replaces their earlier ballot in the same round. */
export interface RankingBallot extends RankingBallotBody {
  type: 'ranking.ballot';
  id: string;
  rankingId: string;
}

export type RankingAction = 'open' | 'close' | 'reveal' | 'hide' | 'newRound';

export interface RankingControl {
  type: 'ranking.control';
  id: string;
  rankingId: string;
  action: RankingAction;
}

/** The results in order: order mode by mean rank (low first), points mode by total (high). */
export function rankedResults(
  mode: RankingMode,
  items: readonly RankingItemResult[],
): RankingItemResult[] {
  return [...items].sort((a, b) =>
    mode === 'points'
      ? b.total - a.total
      : (a.mean ?? Number.POSITIVE_INFINITY) - (b.mean ?? Number.POSITIVE_INFINITY),
  );
}

/** The longest list, and the longest item label. */
export const RANKING_LIMITS = { items: 20, labelLength: 160 } as const;
