// The table of activity kinds: the one place that lists them. The room (through decide and
// apply), the harvest, the exports and the report look a kind up here.

import type { CommandMessage } from '../../shared/protocol.js';
import type { DomainEvent } from '../domain/types.js';
import type { ActivityKind, KindName } from './kind.js';
import { deck } from './deck/index.js';
import { poll } from './poll/index.js';
import { qa } from './qa/index.js';
import { ranking } from './ranking/index.js';
import { round } from './round/index.js';
import { slide } from './slide/index.js';
import { wall } from './wall/index.js';

/**
 * Each kind is typed with its own commands and events where it is defined; the table holds them
 * as plain ActivityKinds, and only hands a kind the commands and events it listed.
 */
const erase = <K extends KindName, C extends CommandMessage, E extends DomainEvent>(
  k: ActivityKind<K, C, E>,
) => k as unknown as ActivityKind;

const table = { wall, poll, qa, round, slide, ranking, deck } satisfies {
  [K in KindName]: { kind: K };
};

/** Every kind, by name. */
export const KINDS: Readonly<Record<KindName, ActivityKind>> = {
  wall: erase(table.wall),
  poll: erase(table.poll),
  qa: erase(table.qa),
  round: erase(table.round),
  slide: erase(table.slide),
  ranking: erase(table.ranking),
  deck: erase(table.deck),
};

export const kindOf = (name: KindName): ActivityKind => KINDS[name];

const byCommand = new Map<string, ActivityKind>();
const byEvent = new Map<string, ActivityKind>();
for (const k of Object.values(KINDS)) {
  for (const type of Object.keys(k.commands)) byCommand.set(type, k);
  for (const type of Object.keys(k.events)) byEvent.set(type, k);
}

/** The kind that decides this command, or undefined for the room's own (agenda, word filter). */
export const kindOfCommand = (cmd: CommandMessage): ActivityKind | undefined =>
  byCommand.get(cmd.type);

/** The kind that applies this event, or undefined for the room's own. */
export const kindOfEvent = (e: DomainEvent): ActivityKind | undefined => byEvent.get(e.type);

/** The command and event types the kinds handle (decide.ts and apply.ts check the rest). */
export type KindCommandType = {
  [K in KindName]: keyof (typeof table)[K]['commands'];
}[KindName];
export type KindEventType = { [K in KindName]: keyof (typeof table)[K]['events'] }[KindName];
