// The one interface every activity kind implements (wall, poll, Q&A, round, slide; docs/ARCHITECTURE.md,
// "Adding a kind — server"). A kind is pure domain code: it imports only shared/ and
// server/domain/ (the lint enforces it). The room, the exports and the report iterate the table
// in index.ts; none of them switches on a kind.

import type { MessageKey } from '../../shared/i18n/index.js';
import type { ActivityKind as KindName, ActivityView, Language } from '../../shared/model.js';
import type {
  ActivityCreate,
  CommandMessage,
  MineMessage,
  QaActivityCreate,
  RoundActivityCreate,
} from '../../shared/protocol.js';
import type { RankingActivityCreate } from '../../shared/ranking.js';
import type { DeckActivityCreate } from '../../shared/deck-item.js';
import type { ActivityExport, ActivityExportBase } from '../domain/harvest.js';
import type { Actor, Change, Dirty, DomainEvent, Result, RoomState } from '../domain/types.js';
import type { CsvRow } from './csv.js';

export type { KindName };
export type ActivityOf<K extends KindName> = Extract<ActivityView, { kind: K }>;
export type ExportOf<K extends KindName> = Extract<ActivityExport, { kind: K }>;
export type CreateOf<K extends KindName> = Extract<
  | ActivityCreate
  | QaActivityCreate
  | RoundActivityCreate
  | RankingActivityCreate
  | DeckActivityCreate,
  { kind: K }
>;
export type ConfigOf<K extends KindName> = ActivityOf<K>['config'];

/** The fields of a `mine` frame; each kind fills its own. */
export type MineFields = Omit<MineMessage, 'type' | 'seq'>;

/** Translates a message in the export's or report's language. */
export type T = (k: MessageKey, p?: Record<string, string | number>) => string;

export interface ActivityKind<
  K extends KindName = KindName,
  C extends CommandMessage = CommandMessage,
  E extends DomainEvent = DomainEvent,
> {
  readonly kind: K;

  // ------------------------------------------------------------ configuration
  /** A new activity from `activity.create`: the kind's defaults under what the chair sent. */
  create(state: RoomState, cmd: CreateOf<K>, order: number): Result<ActivityOf<K>>;
  /**
   * The cleaned config patch of `activity.update`. The schema accepts any kind's fields: this
   * refuses the fields of another kind.
   */
  patch(state: RoomState, activity: ActivityOf<K>, patch: object): Result<object>;
  /** Sets up the kind's runtime state when an activity of it is created (a poll's votes). */
  created?(state: RoomState, activity: ActivityOf<K>): void;
  /** Applies `activity.updated` (title and config patch) to the state; what changed. */
  update(state: RoomState, activity: ActivityOf<K>, patch: object | undefined): Dirty[];

  // ------------------------------------------------------------ commands and events
  /** The command types this kind decides (a record, so the compiler checks none is missing). */
  readonly commands: Readonly<Record<C['type'], true>>;
  /** The event types this kind applies. */
  readonly events: Readonly<Record<E['type'], true>>;
  /** Pure rule: the one event a command causes, or why not. */
  decide(state: RoomState, actor: Actor, cmd: C): Result<DomainEvent>;
  /** Applies one committed event in place; which views changed. */
  apply(state: RoomState, e: E, change: Change): Dirty[];

  // ------------------------------------------------------------ views per role
  /** Whether the public roles see this activity while it is not on screen (an open Q&A). */
  publicOffScreen?(state: RoomState, activity: ActivityOf<K>): boolean;
  /** A participant's own part of the `mine` frame (their posts, hearts, votes, upvotes). */
  mine?(state: RoomState, participantId: string): Partial<MineFields>;

  // ------------------------------------------------------------ harvest, export, report
  /** The harvest of one activity: plain data for the JSON export, Markdown, CSV and report. */
  harvest(state: RoomState, activity: ActivityOf<K>, base: ActivityExportBase): ExportOf<K>;
  /** The Markdown lines of one activity. */
  markdown(a: ExportOf<K>, t: T, lang: Language): string[];
  /** The CSV rows of one activity (`base` holds room, activity and kind). */
  csvRows(base: CsvRow, a: ExportOf<K>): CsvRow[];
  /** The inner HTML of one activity's section in the printed report; `id` is unique per page. */
  reportHtml(a: ExportOf<K>, t: T, lang: Language, id: string): string;
  /** Whether anything came in besides approved statements (votes, published questions). */
  contributed(a: ExportOf<K>): boolean;
  /** Printed before the other kinds in a room's report (the solution directions, EXPORT-7). */
  readonly reportFirst?: boolean;
  /** False: the printed report has no section for it (a slide: nothing came in). */
  readonly printed?: boolean;
  /** False: an import of the JSON export leaves it out (a deck item: the PDF is not in it). */
  readonly imported?: boolean;
  /** Participants and contributions that are not statements (votes, questions, upvotes). */
  participation?(state: RoomState, people: Set<string>): number;
}
