// What the server itself writes to a room (SCALE-40): an organizer's notice or content, a
// template, a harvest arriving in the plenary, the landing note back in its room. Written as
// data, not as a function, so that an instance that does not own the room can send it to the
// owner (rooms/owners.ts), which decides the changes on its own, current state and commits them
// like its clients' commands. Each change carries a client id, so a resend is one change.

import type { Language } from '../../shared/model.js';
import type { HarvestForward } from '../domain/harvest-forward.js';
import { harvestItems } from '../domain/harvest-forward.js';
import { planActivities, TEMPLATES, templateSpecsFor, type TemplateName } from '../domain/setup.js';
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
  | { t: 'template'; template: TemplateName; language: Language; request: string }
  /** A harvested statement arriving in the plenary (its wall made first if there is none). */
  | { t: 'harvest'; forward: HarvestForward };

/** The changes an op makes on a room's state, decided in the room's commit chain. */
export function opChanges(op: ServerOp): (state: RoomState) => ServerChange[] {
  switch (op.t) {
    case 'changes':
      return () => op.changes;
    case 'template':
      return (state) => {
        const specs = templateSpecsFor(state, op.template, op.language);
        const planned = planActivities(state, specs, () => nanoid(10));
        if (!planned.ok) return [];
        return planned.value.map((e, i) => ({ clientId: `template:${op.request}:${i}`, event: e }));
      };
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
