// The phone's part of each activity kind. The views of kinds other than the wall are loaded when
// one is first on screen (NET-3): a phone at a wall never downloads the ballot, the round or the
// Q&A code. The service worker keeps them for a reload offline (client/sw.ts).
import type { ComponentChild } from 'preact';
import type { Session } from '../lib/session.js';
import { Composer } from '../participant/Composer.js';
import { lazyView } from '../participant/lazy-views.js';
import { MineList } from '../participant/MineList.js';
import type { HeartState, QaVotes } from '../participant/toggles.js';
import type { KindTable } from '../lib/kind-table.js';
import { WallList } from './wall/WallList.js';

const PollView = lazyView(() => import('./poll/Poll.js').then((m) => m.PollView));
const RoundView = lazyView(() => import('./round/RoundView.js').then((m) => m.RoundView));
const QaView = lazyView(() => import('./qa/QaView.js').then((m) => m.QaView));
const SlidePhone = lazyView(() => import('./slide/SlidePhone.js').then((m) => m.SlidePhone));
const DeckPhone = lazyView(() => import('./deck/DeckPhone.js').then((m) => m.DeckPhone));
const RankingView = lazyView(() => import('./ranking/RankingView.js').then((m) => m.RankingView));

export interface PhoneProps {
  session: Session;
  /** Where the composer keeps an unsent draft; a kind's own drafts get its id after it. */
  draftKey: string;
  hearts: HeartState;
  votes: QaVotes;
}

export const PHONE_VIEWS: KindTable<PhoneProps, ComponentChild> = {
  wall: (a, p) => (
    <>
      <Composer activity={a} outbox={p.session.outbox} draftKey={p.draftKey} />
      <MineList activityId={a.id} session={p.session} />
      <WallList activityId={a.id} order={a.config.order} session={p.session} hearts={p.hearts} />
    </>
  ),
  poll: (a, p) => <PollView key={a.id} poll={a} session={p.session} />,
  round: (a, p) => (
    <RoundView key={a.id} round={a} session={p.session} draftKey={`${p.draftKey}.${a.id}`} />
  ),
  qa: (a, p) => (
    <QaView qa={a} session={p.session} votes={p.votes} draftKey={`${p.draftKey}.${a.id}`} />
  ),
  slide: (a) => <SlidePhone slide={a} />,
  ranking: (a, p) => <RankingView key={a.id} ranking={a} session={p.session} />,
  deck: (a, p) => <DeckPhone deck={a} session={p.session} />,
};
