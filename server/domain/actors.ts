import type { Actor } from './types.js';

export const isModerator = (actor: Actor): boolean =>
  actor.role === 'chair' || actor.role === 'organizer' || actor.role === 'system';

export const isParticipant = (actor: Actor): actor is Actor & { participantId: string } =>
  actor.role === 'participant' && !!actor.participantId;
