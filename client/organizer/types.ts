import type { Language, RoomSummary } from '../../shared/model.js';

/** One row of GET /api/events (organizer only: carries the chair link with its secret). */
export interface EventListItem {
  id: string;
  code: string;
  name: string;
  language: Language;
  createdAt?: number | string;
  endsAt?: number | null;
  joinUrl: string;
  projectorUrl: string;
  chairUrl: string;
  speakerUrl: string;
  rooms?: RoomSummary[];
}
