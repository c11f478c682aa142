// Ids: the ones a client may choose, and the namespace only the server writes.
//
// A client makes the ids of what it creates (nanoid's alphabet: letters, digits, '-' and '_').
// Everything the server derives (a harvested item on the plenary, the change ids of its own
// changes) carries '.' or ':', which no client id may hold, so a client can never claim such an
// id before the server uses it (AUTH-6). References to entities may name either kind.

/** What a client may choose as the id of a command, a statement, a question or an activity. */
export const CLIENT_ID_RE = /^[A-Za-z0-9_-]+$/;
/** Any entity id: a client's, or one the server derived (with '.' or ':'). */
export const ENTITY_ID_RE = /^[A-Za-z0-9_.:-]+$/;
/** The separators only the server writes into an id. */
export const SERVER_SEPARATORS = ['.', ':'] as const;

export const isClientId = (id: string) => CLIENT_ID_RE.test(id);

/** The id of a harvested statement on the plenary: its room and its statement (HARVEST-1). */
export const harvestId = (roomId: string, statementId: string) => `${roomId}.${statementId}`;
/** The participant a harvested item is filed under on the plenary. */
export const harvestAuthor = (roomId: string) => `harvest:${roomId}`;
