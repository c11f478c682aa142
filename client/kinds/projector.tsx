// The beamer's part of each activity kind: what the stage shows while the activity is on
// screen. projector/App.tsx takes it from here, never by naming a kind.
import type { ComponentChild } from 'preact';
import { t } from '../lib/i18n.js';
import { approvedFor, type ViewStore } from '../lib/store.js';
import type { KindTable } from '../lib/kind-table.js';
import { ProjectorPoll } from './poll/ProjectorPoll.js';
import { QaStage } from './qa/QaStage.js';
import { ProjectorRanking } from './ranking/ProjectorRanking.js';
import { ProjectorRound } from './round/ProjectorRound.js';
import { ProjectorWall } from './wall/ProjectorWall.js';

export const PROJECTOR_STAGE: KindTable<ViewStore, ComponentChild> = {
  wall: (a, view) => (
    <>
      <h1 class="projector__prompt">{a.config.prompt.trim() || t('wall.prompt.default')}</h1>
      <ProjectorWall
        items={approvedFor(view.statements.value, a.id)}
        order={a.config.order}
        dwell={a.config.dwell}
      />
    </>
  ),
  poll: (a, view) => <ProjectorPoll key={a.id} poll={a} view={view} />,
  round: (a, view) => <ProjectorRound round={a} statements={view.statements.value} />,
  qa: (a, view) => <QaStage qa={a} questions={[...view.questions.value.values()]} />,
  ranking: (a, view) => <ProjectorRanking key={a.id} ranking={a} view={view} />,
};
