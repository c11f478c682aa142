// The bodies of the HTTP API's answers, defined once: the server's routes answer with them and
// the client (lib/api.ts, the organizer's pages) reads them (docs/API.md).
import type { ProjectorTheme } from './brand.js';
import type { Language, RoomIdentity } from './model.js';

/** Every API error body looks like this: { error: { code, message, field? } }. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

/** A room's links (organizer only: the chair link carries its secret). */
export interface RoomLinks extends RoomIdentity {
  joinUrl: string;
  projectorUrl: string;
  /** The speaker's tablet at the lectern: public, read-only (QA-11). */
  speakerUrl: string;
  chairUrl: string;
}

/** One event with its links: POST /api/events, POST /api/demo, a row of GET /api/events. */
export interface EventLinks {
  id: string;
  code: string;
  name: string;
  language: Language;
  createdAt: number;
  endsAt: number | null;
  accentColor: string | null;
  projectorTheme: ProjectorTheme;
  logoUrl: string | null;
  joinUrl: string;
  projectorUrl: string;
  speakerUrl: string;
  chairUrl: string;
  rooms: RoomLinks[];
}

/** POST /api/events/:code/chair-link: the room's new links, or the event's new chair link. */
export type ChairLinkBody = RoomLinks | { chairUrl: string };
