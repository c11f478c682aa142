// The beamer's part of each activity kind: what the stage shows while the activity is on
// screen, or what takes the whole screen instead (the join slide). projector/App.tsx takes
// them from here, never by naming a kind.
import type { ComponentChild } from 'preact';
import { t } from '../lib/i18n.js';
import { approvedOf, type ViewStore } from '../lib/store.js';
import type { KindTable } from '../lib/kind-table.js';
import { ProjectorPoll } from './poll/ProjectorPoll.js';
import { QaStage } from './qa/QaStage.js';
import { ProjectorRanking } from './ranking/ProjectorRanking.js';
import { ProjectorRound } from './round/ProjectorRound.js';
import { ProjectorWall } from './wall/ProjectorWall.js';
import { JoinSlide, type JoinProps } from '../projector/Join.js';
import { SlideText } from './slide/SlideText.js';
import { DeckStage } from './deck/DeckStage.js';

export const PROJECTOR_STAGE: KindTable<ViewStore, ComponentChild> = {
  wall: (a, view) => (
    <>
      <h1 class="projector__prompt">{a.config.prompt.trim() || t('wall.prompt.default')}</h1>
      <ProjectorWall
        items={approvedOf(view.statements.value, a.id)}
        order={a.config.order}
        dwell={a.config.dwell}
      />
    </>
  ),
  poll: (a, view) => <ProjectorPoll key={a.id} poll={a} view={view} />,
  round: (a, view) => <ProjectorRound round={a} statements={view.statements.value} />,
  qa: (a, view) => <QaStage qa={a} questions={[...view.questions.value.values()]} />,
  slide: (a) => <SlideText slide={a} class="slide-stage" heading="h1" />,
  ranking: (a, view) => <ProjectorRanking key={a.id} ranking={a} view={view} />,
  // Takes the whole screen (PROJECTOR_WHOLE).
  deck: () => null,
};

/**
 * What takes the whole beamer instead of the stage beside the join panel, or null: the join
 * slide of the agenda is the same join moment as "show only the code" (SLIDE-3).
 */
export const PROJECTOR_WHOLE: KindTable<JoinProps, ComponentChild | null> = {
  wall: () => null,
  poll: () => null,
  round: () => null,
  qa: () => null,
  ranking: () => null,
  slide: (a, join) => (a.config.variant === 'join' ? <JoinSlide {...join} /> : null),
  deck: (a, join) => <DeckStage deck={a} join={join} />,
};
