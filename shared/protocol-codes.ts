// The wire protocol's named codes: WebSocket close codes and the `error` frame's codes.
// Part of shared/protocol.ts, which re-exports everything here.

/** Named WebSocket close codes (4000–4999 are free for applications). */
export const CloseCode = {
  /** The server is restarting; reconnect after a short backoff. */
  Restarting: 4000,
  /** The hello frame was missing, malformed or not allowed. */
  BadHello: 4001,
  /** Client and server speak different protocol versions; reload the page. */
  ProtocolMismatch: 4002,
  /** The client did not read fast enough; reconnect and resync. */
  TooSlow: 4003,
  /** The event or room does not exist (any more). */
  NotFound: 4004,
  /** The credentials were revoked while connected. */
  Revoked: 4005,
  /** Too many joins from this address just now; reconnect after a backoff. */
  TryLater: 4006,
  /** No hello arrived in time. */
  HelloTimeout: 4008,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export const ErrorCode = {
  BadFrame: 'bad_frame',
  UnknownType: 'unknown_type',
  TooLarge: 'too_large',
  Invalid: 'invalid',
  Unauthorized: 'unauthorized',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  TextEmpty: 'text_empty',
  TextTooLong: 'text_too_long',
  NotInRoom: 'not_in_room',
  ActivityClosed: 'activity_closed',
  NotHello: 'not_hello',
  DuplicateId: 'duplicate_id',
  RateLimited: 'rate_limited',
  Internal: 'internal',
  /** A vote on a poll that is a draft, closed, or not on screen. */
  PollClosed: 'poll_closed',
  /** A vote naming an option the poll does not have. */
  InvalidOption: 'invalid_option',
  /** More options (or cloud words) than the poll allows. */
  TooManyPicks: 'too_many_picks',
  /** A scale value outside the poll's scale. */
  OutOfRange: 'out_of_range',
  /** A "why" from someone who did not vote in this round. */
  NoVote: 'no_vote',
  /** A change to the question's structure (kind, choices, scale) after the poll opened. */
  PollStarted: 'poll_started',
  /** A question or upvote for a Q&A that is not open. */
  QaClosed: 'qa_closed',
  /** An upvote on the participant's own question. */
  OwnQuestion: 'own_question',
  /** An upvote on a question that is not approved (pending, rejected, archived, merged). */
  NotVotable: 'not_votable',
  /** A contribution to a dilemma round that the chair closed. */
  RoundClosed: 'round_closed',
  /** A contribution meant for a step the chair has moved away from. */
  PhaseMoved: 'phase_moved',
  /** A timer that would end in the past (CLOCK-5). */
  TimerInPast: 'timer_in_past',
  /** A timer control while the room has no timer (or none that can do that). */
  NoTimer: 'no_timer',
  /** Ranking ballots (RANK-3): an item twice, an item left out, an item the list lacks. */
  RankingDuplicate: 'ranking_duplicate',
  RankingMissing: 'ranking_missing',
  RankingUnknown: 'ranking_unknown',
  /** Points that do not add up to 100, or a negative number of points. */
  PointsSum: 'points_sum',
  PointsNegative: 'points_negative',
  /** A ballot for a ranking that is a draft, closed, or not on screen. */
  RankingClosed: 'ranking_closed',
  /** A visit start for the group and slot already in force at the location (ROT-7). */
  VisitRunning: 'visit_running',
  /** A visit start for a group the event's rotation plan does not have (ROT-34). */
  UnknownGroup: 'unknown_group',
  /** A visit start for a group the plan puts at another location in that slot (ROT-34). */
  VisitElsewhere: 'visit_elsewhere',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
