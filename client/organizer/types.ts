// The organizer's view of an event: the API's own answer type (shared/api-types.ts).
import type { EventLinks } from '../../shared/api-types.js';

/** One row of GET /api/events (organizer only: carries the chair link with its secret). */
export type EventListItem = EventLinks;
