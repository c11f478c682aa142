// The speaker screen's part of each activity kind that has one: the title in
// its top bar and its main part (the Q&A, a slide). A kind without one shows "waiting" there.
import type { ComponentChild } from 'preact';
import type { ActivityKind, ActivityView } from '../../shared/model.js';
import type { ViewStore } from '../lib/store.js';
import type { ActivityOf } from '../lib/kind-table.js';
import { QaSpeaker, speakerTitle } from './qa/Speaker.js';
import { SlideText } from './slide/SlideText.js';

interface SpeakerPart<A> {
  title: (a: A) => string;
  main: (a: A, view: ViewStore) => ComponentChild;
}

const SPEAKER: { [K in ActivityKind]?: SpeakerPart<ActivityOf<K>> } = {
  qa: { title: speakerTitle, main: (a, view) => <QaSpeaker qa={a} view={view} /> },
  slide: {
    title: (a) => a.title,
    main: (a) => <SlideText slide={a} class="slide-speaker" heading="h1" />,
  },
};

/** The speaker's part of an activity, if its kind has one. */
export function speakerPart(a: ActivityView | undefined): SpeakerPart<ActivityView> | undefined {
  return a && (SPEAKER[a.kind] as SpeakerPart<ActivityView> | undefined);
}
