// Domain nouns shared by server and client. Views are what a role receives over the wire;
// the server keeps richer state (participant ids, heart sets) that never leaves it.

export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export type Role = 'participant' | 'chair' | 'projector' | 'organizer';

export type Moderation = 'pre' | 'post';

/** Activity kinds on a room's agenda. Polls, Q&A and rounds are added as further kinds. */
export type ActivityKind = 'wall';

export interface WallConfig {
  prompt: string;
  maxLength: number;
  moderation: Moderation;
  /** When false, participants can no longer post (the wall stays visible). */
  open: boolean;
  /** The plenary's harvest wall: fed by the rooms' chairs, not by participants. */
  harvest?: boolean;
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

/** One item on a room's agenda; a union on `kind`, one member per activity kind. */
export type ActivityView = WallActivity;

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
  /** On the plenary's harvest wall: the room it came from. */
  source: { roomId: string; roomName: string } | null;
  /** A label the chair groups statements under (the plenary groups the harvest). */
  group: string | null;
  createdAt: number;
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
  location: string | null;
}

/** One row of the organizer's live overview. */
export interface RoomOverview {
  id: string;
  name: string;
  kind: RoomKind;
  location: string | null;
  chairName: string | null;
  /** On this server instance. */
  connected: { participants: number; chairs: number; projectors: number };
  statements: number;
  pending: number;
  /** When the room last changed (ms since epoch), 0 if never since it was loaded. */
  lastChangeAt: number;
  current: { id: string; kind: string; title: string } | null;
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
}
