// The chair console's part of each activity kind: its settings form and the columns beside the
// agenda. Console.tsx and ActivitySettings.tsx take them from here, never by naming a kind.
import type { ComponentChild } from 'preact';
import type { DeckInfo } from '../../shared/deck.js';
import type {
  ActivityKind,
  ActivityView,
  EventInfo,
  PollActivity,
  RoomSummary,
  StatementView,
} from '../../shared/model.js';
import type { Moderator } from '../chair/moderation.js';
import { t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import type { Session } from '../lib/session.js';
import type { KindTable } from '../lib/kind-table.js';
import { DeckPicker } from './deck/DeckPicker.js';
import { DeckPresenter } from './deck/DeckPresenter.js';
import { DeckSettings } from './deck/DeckSettings.js';
import { PollPanel } from './poll/PollPanel.js';
import { PollSettings } from './poll/PollSettings.js';
import { QaColumns } from './qa/QaColumns.js';
import { QaSettings } from './qa/QaSettings.js';
import { RankingPanel } from './ranking/RankingPanel.js';
import { RankingSettings } from './ranking/RankingSettings.js';
import { RoundPanel } from './round/RoundPanel.js';
import { RoundSettings } from './round/RoundSettings.js';
import { SlideSettings } from './slide/SlideSettings.js';
import { SlideText } from './slide/SlideText.js';
import { WallPanel } from './wall/WallPanel.js';
import { WallSettings } from './wall/WallSettings.js';

export interface SettingsProps {
  outbox: Outbox;
  /** The activity's statements, for the steps of a round that already hold contributions. */
  mine: StatementView[];
  event: EventInfo;
  chairKey: string;
  /** The room's agenda, in order (a deck item is split in place). */
  agenda: ActivityView[];
}

/** Each kind's settings form. */
export const CHAIR_SETTINGS: KindTable<SettingsProps, ComponentChild> = {
  wall: (a, { outbox }) => <WallSettings key={a.id} activity={a} outbox={outbox} />,
  poll: (a, { outbox }) => <PollSettings key={a.id} poll={a} outbox={outbox} />,
  qa: (a, { outbox }) => <QaSettings key={a.id} activity={a} outbox={outbox} />,
  ranking: (a, { outbox }) => <RankingSettings key={a.id} ranking={a} outbox={outbox} />,
  round: (a, { outbox, mine }) => (
    <RoundSettings
      key={a.id}
      round={a}
      outbox={outbox}
      usedSteps={
        new Set(
          mine.flatMap((s) => (s.phase === undefined ? [] : [a.config.phases[s.phase]?.id ?? ''])),
        )
      }
    />
  ),
  slide: (a, { outbox }) => <SlideSettings key={a.id} slide={a} outbox={outbox} />,
  deck: (a, p) => (
    <DeckSettings
      key={a.id}
      deck={a}
      outbox={p.outbox}
      code={p.event.code}
      chairKey={p.chairKey}
      agenda={p.agenda}
    />
  ),
};

export interface PickerProps {
  event: EventInfo;
  room: RoomSummary;
  chairKey: string;
  /** Puts the picked deck on the agenda. */
  onDeck: (deck: DeckInfo) => void;
  onClose: () => void;
}

/** The dialog of a kind whose add button picks first (`add.pick`): a deck of this room. */
export const CHAIR_PICKERS: { [K in ActivityKind]?: (p: PickerProps) => ComponentChild } = {
  deck: (p) => (
    <DeckPicker
      event={p.event}
      room={p.room}
      chairKey={p.chairKey}
      onPick={p.onDeck}
      onClose={p.onClose}
    />
  ),
};

export interface ColumnsProps {
  session: Session;
  moderator: Moderator;
  /** The activity's statements: all, approved for the wall, and taken off it. */
  mine: StatementView[];
  wall: StatementView[];
  removed: StatementView[];
  /** Whether the activity is on screen, and how to put one there. */
  onScreen: boolean;
  show: (activityId: string | null) => void;
  /** A room (not the plenary): approved statements can go to the plenary. */
  canHarvest: boolean;
  /** The queue of statements waiting for the chair, in its column. */
  queueColumn: (opts: { poll?: PollActivity; children?: ComponentChild }) => ComponentChild;
}

/** Which approved statements the wall column shows: a round's, the current step's only. */
export const CHAIR_WALL_FILTER: KindTable<StatementView, boolean> = {
  wall: () => true,
  poll: () => true,
  qa: () => true,
  round: (a, s) => s.phase === a.config.phase,
  slide: () => false,
  ranking: () => true,
  deck: () => false,
};

/**
 * The queue, then the column of approved and removed statements (the wall, or a round's
 * current step after its controls); also what the console shows with no activity at all.
 */
export function statementColumns(
  p: Omit<ColumnsProps, 'session' | 'mine' | 'onScreen' | 'show'>,
  round?: ComponentChild,
) {
  return (
    <>
      {p.queueColumn({})}
      <section class="chair__col" aria-labelledby="wall-heading" data-tab="screen">
        {round}
        <WallPanel
          {...(round
            ? { title: 'round.contributions' as const, empty: 'chair.round.wallEmpty' as const }
            : {})}
          wall={p.wall}
          removed={p.removed}
          moderator={p.moderator}
          canHarvest={p.canHarvest}
        />
      </section>
    </>
  );
}

/** The columns beside the agenda for each kind. */
export const CHAIR_COLUMNS: KindTable<ColumnsProps, ComponentChild> = {
  wall: (_a, p) => statementColumns(p),
  slide: (a) => (
    <section class="chair__col" data-tab="screen" data-testid="slide-preview">
      <SlideText slide={a} class="slide-chair" />
      <p class="muted">{t('chair.slide.nothing')}</p>
    </section>
  ),
  deck: (a, p) => (
    <section class="chair__col chair__deck" data-tab="screen" data-testid="deck-column">
      <DeckPresenter
        deck={a}
        code={p.session.conn.view.event.value?.code}
        outbox={p.onScreen ? p.session.outbox : null}
      />
      {!p.onScreen && <p class="muted">{t('deckshow.notOnScreen')}</p>}
    </section>
  ),
  round: (a, p) => statementColumns(p, <RoundPanel round={a} outbox={p.session.outbox} />),
  qa: (a, p) => <QaColumns qa={a} session={p.session} />,
  ranking: (a, p) =>
    panelColumn(
      'ranking',
      <RankingPanel ranking={a} session={p.session} onScreen={p.onScreen} onShow={p.show} />,
    ),
  poll: (a, p) => (
    <>
      {panelColumn(
        'poll',
        <PollPanel poll={a} session={p.session} onScreen={p.onScreen} onShow={p.show} />,
      )}
      {a.config.askWhy || p.mine.length > 0 ? (
        p.queueColumn({
          poll: a,
          children: (
            <WallPanel
              wall={p.wall}
              removed={p.removed}
              moderator={p.moderator}
              title="chair.poll.whys"
              empty="chair.poll.whysEmpty"
            />
          ),
        })
      ) : (
        <section class="chair__col" id="queue" tabIndex={-1} data-tab="queue">
          <p class="muted">{t('chair.poll.noWhy')}</p>
        </section>
      )}
    </>
  ),
};

/** The column of a kind's own panel (a poll's, a ranking's): `<kind>-heading` names it. */
function panelColumn(kind: 'poll' | 'ranking', panel: ComponentChild) {
  return (
    <section
      class="chair__col"
      aria-labelledby={`${kind}-heading`}
      data-testid={`${kind}-panel`}
      data-tab="queue"
    >
      {panel}
    </section>
  );
}
