// Domain nouns shared by server and client. Views are what a role receives over the wire;
// the server keeps richer state (participant ids, heart sets) that never leaves it.

import type { PlanItem, TimerView } from './clock.js';
import type { WallOrder } from './wall-order.js';
import type { NoticeOverview, NoticeView } from './notice.js';
import type { SlideVariant } from './slide.js';
import type { DeckActivity } from './deck-item.js';
import type { RankingActivity } from './ranking.js';
import type { RoomVisitView, VisitOverview } from './visit.js';

export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export type Role = 'participant' | 'chair' | 'projector' | 'organizer';

export type Moderation = 'pre' | 'post';

/** Activity kinds on a room's agenda. */
export type ActivityKind = 'wall' | 'poll' | 'qa' | 'round' | 'slide' | 'ranking' | 'deck';

export interface WallConfig {
  prompt: string;
  maxLength: number;
  moderation: Moderation;
  /** When false, participants can no longer post (the wall stays visible). */
  open: boolean;
  /** The plenary's harvest wall: fed by the rooms' chairs, not by participants. */
  harvest?: boolean;
  /** The order on the beamer: newest first (the default), most hearts first, oldest first. */
  order?: WallOrder;
  /** Seconds a page stays on the beamer when not all fits at once (WALL_DWELL). */
  dwell?: number;
}

interface ActivityBase {
  id: string;
  title: string;
  /** Position on the room's agenda, ascending. */
  order: number;
}

export interface WallActivity extends ActivityBase {
  kind: 'wall';
  config: WallConfig;
}

/** The Q&A after one pitch: questions from the hall, upvoted, moderated, one on stage. */
export interface QaConfig {
  /** The title of the pitch this Q&A belongs to. */
  pitch: string;
  /** Who pitches; may be empty. */
  speaker: string;
  moderation: Moderation;
  /** Open for questions and upvotes, whether or not it is on screen (collected in advance). */
  open: boolean;
  maxLength: number;
  /** Set by the server: the chair closed it, so putting it on screen does not open it (QA-13). */
  closedByChair?: boolean;
}

export interface QaActivity extends ActivityBase {
  kind: 'qa';
  config: QaConfig;
}

/** One step of a dilemma round. `id` is stable, so steps can be added and removed. */
export interface RoundPhase {
  id: string;
  title: string;
  prompt: string;
}

/** The three-step dilemma round: one dilemma, worked through step by step (rules ROUND-*). */
export interface RoundConfig {
  /** The dilemma itself; may be empty. */
  dilemma: string;
  /** 1–6 steps, in order. */
  phases: RoundPhase[];
  moderation: Moderation;
  maxLength: number;
  /** Index into `phases` of the step participants post into now. */
  phase: number;
  /** When false, nobody can post; the round stays visible. */
  open: boolean;
}

export interface RoundActivity extends ActivityBase {
  kind: 'round';
  config: RoundConfig;
}

/** A slide: plain text for the hall, or the join slide (SLIDE-*). */
export interface SlideConfig {
  variant: SlideVariant;
  /** Plain text under the title; line breaks are kept. May be empty. */
  body: string;
}

export interface SlideActivity extends ActivityBase {
  kind: 'slide';
  config: SlideConfig;
}

export type PollKind = 'single' | 'multiple' | 'scale' | 'cloud' | 'dilemma';
export const POLL_KINDS: readonly PollKind[] = ['single', 'multiple', 'scale', 'cloud', 'dilemma'];

export interface PollOption {
  /** Made by whoever wrote the option; votes refer to it, so it never changes once opened. */
  id: string;
  label: string;
  /** Dilemma polls: the price of choosing this option ("met als bezwaar …"). */
  drawback?: string;
}

export interface ScaleConfig {
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
}

/** live: everyone sees the results while votes come in; hidden: only after the chair reveals. */
/**
 * live: the results show while voting (on the phone after your own vote, against herding);
 * always: on the phone before voting too; hidden: until the chair reveals them.
 */
export type ResultsMode = 'live' | 'always' | 'hidden';

export interface PollConfig {
  pollKind: PollKind;
  question: string;
  /** The choices of single, multiple and dilemma polls; empty for scales and clouds. */
  options: PollOption[];
  /** Multiple choice: how many options one person may pick. */
  maxPicks: number;
  scale: ScaleConfig;
  resultsMode: ResultsMode;
  showPercentages: boolean;
  showCounts: boolean;
  /** After voting, participants may say why in one line; the chair moderates it. */
  askWhy: boolean;
  /** The approved "why" lines are on the projector and phones next to the results. */
  showWhy: boolean;
  /**
   * For sensitive polls: count only votes of identities at least this many seconds old when
   * they voted (AUTH-9). 0 or absent: every vote counts.
   */
  minIdentityAgeS?: number;
}

export type PollState = 'draft' | 'open' | 'closed';

export interface PollActivity extends ActivityBase {
  kind: 'poll';
  /** What the chair edits (activity.update). */
  config: PollConfig;
  /** Where the poll is in its life; changed by poll.control only. */
  state: PollState;
  /** Whether the public roles receive the results (the 'poll' entity). */
  revealed: boolean;
  /** 1 for the first round; a new round starts with no votes. */
  round: number;
}

/** One item on a room's agenda; a union on `kind`, one member per activity kind. */
export type ActivityView =
  | WallActivity
  | PollActivity
  | QaActivity
  | RoundActivity
  | SlideActivity
  | RankingActivity
  | DeckActivity;

/** What one participant chose in one round; which field is set depends on the poll kind. */
export interface PollChoice {
  optionIds?: string[];
  value?: number;
  /** Cloud words, normalised (lower case, single spaces, no trailing punctuation). */
  words?: string[];
}

/** A participant's own vote in the current round of a poll (in `mine`). */
export interface MyVote extends PollChoice {
  pollId: string;
  round: number;
}

/** The results of one round, derived from the stored votes whenever the view is built. */
export interface RoundTally {
  round: number;
  /** Participants who voted in this round. */
  voters: number;
  /** Single, multiple and dilemma: votes per option id (every option, zeros included). */
  options?: Record<string, number>;
  /** Scale: votes per value, index 0 is `scale.min`; the mean of all values, null without votes. */
  scale?: { counts: number[]; mean: number | null };
  /** Cloud: words with the number of people who sent them, most first (capped). */
  words?: { word: string; count: number }[];
}

/**
 * The entity 'poll': the results of every round so far, oldest first. The public roles only
 * receive it while the poll is on screen and revealed; otherwise they hold no counts at all.
 */
export interface PollResultsView {
  id: string;
  rounds: RoundTally[];
  /** Cloud words the chair took out of the results (chair view only). */
  removedWords?: string[];
  /**
   * Chair view only: the most votes of this round from identities issued within 10 seconds of
   * each other, just before they voted, when that is an implausible burst (AUTH-9).
   */
  burst?: number;
  /** Chair view only: votes of this round left out by `minIdentityAgeS`. */
  tooYoung?: number;
}

export type StatementStatus = 'pending' | 'approved' | 'rejected' | 'hidden';

export interface StatementView {
  id: string;
  activityId: string;
  /** Optional display name; null means anonymous. */
  name: string | null;
  text: string;
  status: StatementStatus;
  pinned: boolean;
  /** Derived from the stored set of hearts, one per participant. */
  hearts: number;
  /** True when the chair changed the text before approving. */
  edited: boolean;
  /** True when the word filter sent it to the queue (chairs see why it waits). */
  flagged: boolean;
  /** In a room: the chair sent it to the plenary. */
  harvested: boolean;
  /** Chairs only, on a poll's "why" line: what its writer voted ("Thuis blijven", "7"). */
  choice?: string;
  /** In a room: the plenary has the harvested item (its chair sees "aangekomen"). */
  landed?: boolean;
  /** On the plenary's harvest wall: the room it came from (and the round's step, if any). */
  source: HarvestSource | null;
  /** A label the chair groups statements under (the plenary groups the harvest). */
  group: string | null;
  createdAt: number;
  /** A dilemma round's contribution: the index of the step it was posted in. */
  phase?: number;
  /** A poll's why: the option(s) its author had chosen when writing it (POLL-13). */
  optionIds?: string[];
  /** The visit (its number in the room) it was posted in (ROT-8). */
  visit?: number;
}

export interface HarvestSource {
  roomId: string;
  roomName: string;
  /** The title of the round's step the contribution came from. */
  step?: string;
  /** The visit it was posted in: "A2" (ROT-11). */
  visit?: string;
}

/** "Tafel 7 · Ervaringen delen": where a harvested item came from. */
export const sourceLabel = (s: HarvestSource): string =>
  [s.roomName, s.visit, s.step].filter(Boolean).join(' · ');

export type QuestionStatus = 'pending' | 'approved' | 'rejected' | 'archived';

export interface QuestionView {
  id: string;
  /** The Q&A (and so the pitch) the question belongs to. */
  activityId: string;
  /** Optional display name; null means anonymous. */
  name: string | null;
  text: string;
  status: QuestionStatus;
  /** The chair marked it answered; it stays visible, marked. */
  answered: boolean;
  /** The one question of its Q&A that the projector shows large. */
  onStage: boolean;
  /** Derived from the stored set of upvoters, one per participant. */
  votes: number;
  /**
   * The popularity key (see shared/qa-rank.ts): each upvote weighs more the later it was given,
   * so early questions cannot hold the top forever. null without votes.
   */
  score: number | null;
  edited: boolean;
  /** True when the word filter sent it to the queue (chairs see why it waits). */
  flagged: boolean;
  createdAt: number;
  /** Set when the chair merged it into another question; it is then archived. */
  mergedInto?: string;
  /** The visit (its number in the room) it was asked in (ROT-8). */
  visit?: number;
}

export type RoomKind = 'plenary' | 'room';

export interface RoomView {
  id: string;
  eventId: string;
  name: string;
  kind: RoomKind;
  /** The activity the projector and the phones show; null before the chair picks one. */
  currentActivityId: string | null;
  /** Chairs only: the words this room's chair added to the word filter. */
  filterWords?: string[];
  /** The organizer's notice, for the roles it is meant for (NOTICE-3). */
  notice?: NoticeView | null;
  /** The room's timer (CLOCK-1); absent or null: none. */
  timer?: TimerView | null;
  /** The visit in force at this location (ROT-7); absent or null: no rotation, all is shown. */
  visit?: RoomVisitView | null;
  /** Chairs only: every visit started in this room, first first (ROT-10). */
  visits?: RoomVisitView[];
}

export interface RoomSummary {
  id: string;
  name: string;
  kind: RoomKind;
  location: string | null;
  /** The organizer's grouping of rooms (an arrangement of tables); the phone groups by it. */
  arrangement?: string | null;
}

/** What the organizer's pages name a room by: its place, its arrangement and its chair. */
export interface RoomIdentity {
  id: string;
  name: string;
  kind: RoomKind;
  location: string | null;
  arrangement: string | null;
  chairName: string | null;
}

/** One row of the organizer's live overview. */
export interface RoomOverview extends RoomIdentity {
  /** On every instance (the others' counts at most a few seconds old). */
  connected: { participants: number; chairs: number; projectors: number };
  statements: number;
  pending: number;
  /** When the room last changed (ms since epoch), 0 if never since it was loaded. */
  lastChangeAt: number;
  current: { id: string; kind: string; title: string } | null;
  /** The organizer's notice to this room's chair and whether it was confirmed (NOTICE-5). */
  notice?: NoticeOverview | null;
  /** The room's current notice whatever its audience, with its confirmation (NOTICE-11). */
  activeNotice?: NoticeView | null;
  /** The room's timer (CLOCK-2), if it has one. */
  timer?: TimerView | null;
  /** A location's visit running, and the group due by the plan whose visit has not (ROT-13). */
  visit?: { n: number; groupName: string };
  late?: VisitOverview['late'];
  waiting?: VisitOverview['waiting'];
}

/** Public information about an event: nothing secret. */
export interface EventInfo {
  id: string;
  code: string;
  name: string;
  language: Language;
  rooms: RoomSummary[];
  /** When everything of this event will be deleted (ms since epoch), if known. */
  deleteAt: number | null;
  /** Branding: the accent colour as chosen (#rrggbb; screens adjust it for contrast), or null. */
  accentColor: string | null;
  projectorTheme: 'dark' | 'light';
  /** The logo's URL (changes with the image), or null. */
  logoUrl: string | null;
  /** The event's time plan (CLOCK-6), sorted by start; absent or empty: none. */
  plan?: PlanItem[];
  /** The IANA zone the plan's times are in (TIME_ZONE, CLOCK-7); absent: Europe/Amsterdam. */
  timeZone?: string;
}
