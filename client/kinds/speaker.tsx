// The speaker screen's part of each activity kind that has one: the title in
// its top bar and its main part (the Q&A, a slide, a deck's presenter view). A kind without one shows "waiting" there.
import type { ComponentChild } from 'preact';
import type { ActivityKind, ActivityView } from '../../shared/model.js';
import type { ViewStore } from '../lib/store.js';
import type { ActivityOf } from '../lib/kind-table.js';
import { QaSpeaker, speakerTitle } from './qa/Speaker.js';
import { SlideText } from './slide/SlideText.js';
import { DeckPresenter } from './deck/DeckPresenter.js';
import type { Outbox } from '../lib/outbox.js';
import { sortedActivities } from '../lib/store.js';
import type { QaActivity } from '../../shared/model.js';

/** What the speaker page hands a part: the event's code and, with a speaker link, its outbox. */
export interface SpeakerContext {
  code: string;
  /** Null: this speaker screen only watches (opened without the link's key). */
  outbox: Outbox | null;
}

interface SpeakerPart<A> {
  title: (a: A) => string;
  main: (a: A, view: ViewStore, ctx: SpeakerContext) => ComponentChild;
}

/** The pitch's Q&A beside a deck: an open Q&A of the room (the public roles see it). */
function openQa(view: ViewStore): QaActivity | undefined {
  return sortedActivities(view.activities.value).find(
    (x): x is QaActivity => x.kind === 'qa' && x.config.open,
  );
}

const SPEAKER: { [K in ActivityKind]?: SpeakerPart<ActivityOf<K>> } = {
  qa: { title: speakerTitle, main: (a, view) => <QaSpeaker qa={a} view={view} /> },
  slide: {
    title: (a) => a.title,
    main: (a) => <SlideText slide={a} class="slide-speaker" heading="h1" />,
  },
  deck: {
    title: (a) => a.title,
    main: (a, view, ctx) => {
      const qa = openQa(view);
      return (
        <DeckPresenter
          deck={a}
          code={ctx.code}
          outbox={ctx.outbox}
          keys
          aside={qa && <QaSpeaker qa={qa} view={view} />}
        />
      );
    },
  },
};

/** The speaker's part of an activity, if its kind has one. */
export function speakerPart(a: ActivityView | undefined): SpeakerPart<ActivityView> | undefined {
  return a && (SPEAKER[a.kind] as SpeakerPart<ActivityView> | undefined);
}
