// The client's table of activity kinds: each kind's names, its add button and its agenda line.
// Each screen's components per kind are in kinds/<role>.tsx, so a page loads only its own.
import type { ActivityKind, ActivityView } from '../../shared/model.js';
import { t, type MessageKey } from '../lib/i18n.js';
import type { ActivityOf } from '../lib/kind-table.js';

export type { ActivityOf, KindTable } from '../lib/kind-table.js';
export { partFor } from '../lib/kind-table.js';

export interface KindInfo<A extends ActivityView> {
  /** What the agenda and the mirror call it: its own name, so not all are "Muur" (CHAIR-6). */
  label: (a: A) => MessageKey;
  /** The agenda's note after the label (a round's step, a poll's state). */
  note?: (a: A) => string;
  /** Whether the agenda shows the "open" badge (a Q&A open for questions). */
  open?: (a: A) => boolean;
  /**
   * The agenda's add button and the new activity's numbered title; `pick`: the button opens the
   * kind's picker (CHAIR_PICKERS) instead of adding at once (a deck of this room).
   */
  add: { label: MessageKey; title: MessageKey; testId: string; primary: boolean; pick?: true };
}

export const KINDS: { [K in ActivityKind]: KindInfo<ActivityOf<K>> } = {
  wall: {
    label: (a) => (a.config.harvest ? 'chair.kind.harvest' : 'chair.kind.wall'),
    add: {
      label: 'chair.addWall',
      title: 'chair.wallTitle',
      testId: 'add-wall-button',
      primary: true,
    },
  },
  qa: {
    label: () => 'chair.kind.qa',
    open: (a) => a.config.open,
    add: { label: 'chair.addQa', title: 'chair.qaTitle', testId: 'add-qa-button', primary: false },
  },
  round: {
    label: () => 'chair.kind.round',
    note: (a) => t('round.step', { n: a.config.phase + 1, total: a.config.phases.length }),
    add: {
      label: 'chair.addRound',
      title: 'chair.roundTitle',
      testId: 'add-round-button',
      primary: false,
    },
  },
  poll: {
    label: (a) => (a.config.pollKind === 'dilemma' ? 'chair.kind.dilemmaPoll' : 'chair.kind.poll'),
    note: (a) => t(`chair.poll.state.${a.state}`),
    add: {
      label: 'chair.addPoll',
      title: 'chair.pollTitle',
      testId: 'add-poll-button',
      primary: true,
    },
  },
  slide: {
    label: (a) => (a.config.variant === 'join' ? 'chair.kind.joinSlide' : 'chair.kind.slide'),
    add: {
      label: 'chair.addSlide',
      title: 'chair.slideTitle',
      testId: 'add-slide-button',
      primary: false,
    },
  },
  deck: {
    label: () => 'chair.kind.deck',
    note: (a) =>
      t('deckshow.range', { from: a.config.from, to: a.config.to, total: a.config.pages }),
    add: {
      label: 'chair.addDeck',
      title: 'chair.deckTitle',
      testId: 'add-deck-button',
      primary: false,
      pick: true,
    },
  },
  ranking: {
    label: () => 'chair.kind.ranking',
    note: (a) => t(`ranking.state.${a.state}`),
    add: {
      label: 'chair.addRanking',
      title: 'chair.rankingTitle',
      testId: 'add-ranking-button',
      primary: false,
    },
  },
};

/** The kinds in the order of the agenda's add buttons. */
export const KIND_ORDER = Object.keys(KINDS) as ActivityKind[];

/** The table's entry for one activity, typed for it. */
export function kindOf<A extends ActivityView>(a: A): KindInfo<A> {
  return KINDS[a.kind] as unknown as KindInfo<A>;
}

/** What the agenda calls an activity (CHAIR-6). */
export const kindLabel = (a: ActivityView): MessageKey => kindOf(a).label(a);
