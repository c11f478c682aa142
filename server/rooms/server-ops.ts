// What the server itself writes to a room (SCALE-40): an organizer's notice or content, a
// template, a harvest arriving in the plenary, the landing note back in its room. Written as
// data, not as a function, so that an instance that does not own the room can send it to the
// owner (rooms/owners.ts), which decides the changes on its own, current state and commits them
// like its clients' commands. Each change carries a client id, so a resend is one change.

import type { Language } from '../../shared/model.js';
import type { HarvestForward } from '../domain/harvest-forward.js';
import { harvestItems } from '../domain/harvest-forward.js';
import {
  planActivities,
  TEMPLATES,
  templateSpecs,
  type ActivitySpec,
  type TemplateName,
} from '../domain/setup.js';
import { keyedId } from '../routes/idempotency.js';
import type { DomainEvent, RoomState } from '../domain/types.js';
import { nanoid } from 'nanoid';

/** A change the server itself makes; `clientId` makes it idempotent. */
export interface ServerChange {
  clientId: string;
  event: DomainEvent;
}

export type ServerOp =
  /** Changes decided already (a notice, content, a harvest's landing note). */
  | { t: 'changes'; changes: ServerChange[] }
  /** A template's activities, added after what the agenda holds when it is committed. */
  | TemplateOp
  /** A harvested statement arriving in the plenary (its wall made first if there is none). */
  | { t: 'harvest'; forward: HarvestForward };

/** A template for a room; `request` names the submission (its Idempotency-Key, or a random id). */
export interface TemplateOp {
  t: 'template';
  template: TemplateName;
  language: Language;
  request: string;
}

/**
 * What of a template a room has not taken yet (ORG-20): the activity ids come from the request
 * and the room, so a re-send of the same request leaves out what the room took already (a change
 * id it committed, an activity it holds), and the one-wall rule does not count the template's own
 * wall. The route counts these against the agenda before anything is sent: a room that took the
 * template the first time is never "full" for its re-send.
 */
export function templateTodo(
  state: RoomState,
  op: TemplateOp,
  seen: (clientId: string) => boolean = () => false,
): { spec: ActivitySpec; id: string; clientId: string }[] {
  const all = templateSpecs(op.template, op.language).map((spec, i) => ({
    spec,
    id: keyedId(op.request, state.room.id, i),
    clientId: `template:${op.request}:${i}`,
  }));
  const mine = new Set(all.map((a) => a.id));
  const hasWall = [...state.activities.values()].some((a) => a.kind === 'wall' && !mine.has(a.id));
  return all.filter(
    (a) => !(a.spec.kind === 'wall' && hasWall) && !state.activities.has(a.id) && !seen(a.clientId),
  );
}

/** A template's changes in a room: what it has not taken yet, after what its agenda holds. */
export function templateChanges(state: RoomState, op: TemplateOp): ServerChange[] {
  const todo = templateTodo(state, op);
  let k = 0;
  const planned = planActivities(
    state,
    todo.map((a) => a.spec),
    () => todo[k++]!.id,
  );
  if (!planned.ok) return [];
  return planned.value.map((event, j) => ({ clientId: todo[j]!.clientId, event }));
}

/** The changes an op makes on a room's state, decided in the room's commit chain. */
export function opChanges(op: ServerOp): (state: RoomState) => ServerChange[] {
  switch (op.t) {
    case 'changes':
      return () => op.changes;
    case 'template':
      return (state) => templateChanges(state, op);
    case 'harvest':
      return (state) => harvestItems(state, op.forward, () => `oogst:${nanoid(6)}`);
  }
}

/** Why a server write was not stored: answered as HTTP 503 with this code (SCALE-42). */
export class RoomWriteError extends Error {
  constructor(
    readonly code: 'busy' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * An op as it came over the instance channel, or null. The channel is Vonk's own (only
 * instances publish on it), so this checks the shape, not every field of every event.
 */
export function asServerOp(v: unknown): ServerOp | null {
  if (!isObject(v)) return null;
  if (v.t === 'changes') {
    const ok =
      Array.isArray(v.changes) &&
      v.changes.every(
        (c) =>
          isObject(c) &&
          typeof c.clientId === 'string' &&
          isObject(c.event) &&
          typeof c.event.type === 'string',
      );
    return ok ? (v as ServerOp) : null;
  }
  if (v.t === 'template') {
    const ok =
      (TEMPLATES as readonly unknown[]).includes(v.template) &&
      (v.language === 'nl' || v.language === 'en') &&
      typeof v.request === 'string';
    return ok ? (v as ServerOp) : null;
  }
  if (v.t === 'harvest' && isObject(v.forward)) {
    const f = v.forward;
    const ok =
      typeof f.roomId === 'string' &&
      typeof f.seq === 'number' &&
      typeof f.statementId === 'string' &&
      typeof f.on === 'boolean' &&
      typeof f.text === 'string' &&
      (f.name === null || typeof f.name === 'string') &&
      isObject(f.source) &&
      typeof f.source.roomId === 'string';
    return ok ? (v as ServerOp) : null;
  }
  return null;
}
