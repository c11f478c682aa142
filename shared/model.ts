// Domain nouns shared by server and client. Views are what a role receives over the wire;
// the server keeps richer state (participant ids, heart sets) that never leaves it.

export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export type Role = 'participant' | 'chair' | 'projector' | 'organizer';

export type Moderation = 'pre' | 'post';

/** Activity kinds on a room's agenda. Polls and rounds are added as further kinds. */
export type ActivityKind = 'wall' | 'qa';

export interface WallConfig {
  prompt: string;
  maxLength: number;
  moderation: Moderation;
  /** When false, participants can no longer post (the wall stays visible). */
  open: boolean;
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
}

export interface QaActivity extends ActivityBase {
  kind: 'qa';
  config: QaConfig;
}

/** One item on a room's agenda; a union on `kind`, one member per activity kind. */
export type ActivityView = WallActivity | QaActivity;

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
  createdAt: number;
}

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
}

export interface RoomSummary {
  id: string;
  name: string;
  kind: RoomKind;
}

/** Public information about an event: nothing secret. */
export interface EventInfo {
  id: string;
  code: string;
  name: string;
  language: Language;
  rooms: RoomSummary[];
}
