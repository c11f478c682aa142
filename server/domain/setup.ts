// Setting up a room's agenda from outside a chair's console: a template applied to many rooms
// (ROOM-7) and an event recreated from its JSON export (EXPORT-5). Every activity goes through
// the same schema and the same domain rule as a chair's `activity.create`, so a template or an
// imported file can never make an activity a chair could not have made.

import * as v from 'valibot';
import { translate } from '../../shared/i18n/index.js';
import type { ActivityView, Language } from '../../shared/model.js';
import { ErrorCode } from '../../shared/protocol.js';
import { ActivityCreateSchema } from '../../shared/schema.js';
import { applyAgenda, decideAgenda, type AgendaCommand } from './agenda.js';
import { CONFIG_KEYS } from '../kinds/qa/qa.js';
import { fail, ok, type Actor, type DomainEvent, type Result, type RoomState } from './types.js';

const SYSTEM: Actor = { role: 'system' };

/** One activity to create: what a chair's `activity.create` carries, without its id. */
export interface ActivitySpec {
  kind: ActivityView['kind'];
  title: string;
  config: Record<string, unknown>;
}

/** An activity.created event, as planned for a room. */
export type CreatedEvent = Extract<DomainEvent, { type: 'activity.created' }>;

/**
 * Decides the creation of each spec in turn on `state` (not changed), as the system would:
 * each is checked by the `activity.create` schema and the agenda rule, and comes after the
 * ones before it. Fails on the first bad spec, naming it by its index.
 */
export function planActivities(
  state: RoomState,
  specs: readonly ActivitySpec[],
  newId: () => string,
): Result<CreatedEvent[]> {
  // A scratch copy of what the agenda rule reads and writes; the room's state is untouched.
  const scratch: RoomState = {
    ...state,
    agenda: [...state.agenda],
    activities: new Map(state.activities),
    polls: new Map(state.polls),
    rankings: new Map(state.rankings),
  };
  const out: CreatedEvent[] = [];
  for (const [i, spec] of specs.entries()) {
    const cmd = { type: 'activity.create', id: newId(), ...spec };
    const parsed = v.safeParse(ActivityCreateSchema, cmd);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue ? v.getDotPath(issue) : null;
      return fail(
        ErrorCode.Invalid,
        `activity ${i + 1}${path ? ` (${path})` : ''}: ${issue?.message ?? 'invalid'}`,
        path ?? undefined,
      );
    }
    const res = decideAgenda(scratch, SYSTEM, parsed.output as AgendaCommand);
    if (!res.ok) return fail(res.error.code, `activity ${i + 1}: ${res.error.message}`);
    if (res.value.type !== 'activity.created') return fail(ErrorCode.Invalid, 'not a creation');
    applyAgenda(scratch, res.value);
    out.push(res.value);
  }
  return ok(out);
}

/** A spec from an activity as the JSON export gives it: its setup, none of its state. */
export function specFromExport(
  kind: ActivityView['kind'],
  title: string,
  config: unknown,
): ActivitySpec {
  const picked: Record<string, unknown> = {};
  if (typeof config === 'object' && config !== null) {
    for (const key of CONFIG_KEYS[kind] ?? []) {
      const value = (config as Record<string, unknown>)[key];
      if (value !== undefined) picked[key] = value;
    }
  }
  return { kind, title, config: picked };
}

// ---- Templates (ROOM-7) ----

export const TEMPLATES = ['rondetafel', 'pitch', 'muur'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

/** Names people type, in Dutch and English, for each template. */
const TEMPLATE_ALIASES: Record<string, TemplateName> = {
  rondetafel: 'rondetafel',
  'ronde tafel': 'rondetafel',
  'round table': 'rondetafel',
  'round-table': 'rondetafel',
  roundtable: 'rondetafel',
  dilemmatafel: 'rondetafel',
  pitch: 'pitch',
  'pitch q&a': 'pitch',
  vragen: 'pitch',
  qa: 'pitch',
  muur: 'muur',
  wall: 'muur',
  hartenkreten: 'muur',
  hartenkreet: 'muur',
};

/** A template by any of its names, or null. */
export function templateByName(name: string): TemplateName | null {
  return TEMPLATE_ALIASES[name.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/**
 * The activities of a template, in agenda order.
 * - rondetafel: the hartenkreet wall, a dilemma poll (results hidden until revealed) and the
 *   three-step dilemma round;
 * - pitch: a Q&A with upvotes for the speaker and a scale poll on the pitch;
 * - muur: the hartenkreet wall alone.
 */
export function templateSpecs(name: TemplateName, lang: Language): ActivitySpec[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const wall: ActivitySpec = {
    kind: 'wall',
    title: t('template.wall.title'),
    config: { prompt: t('template.wall.prompt') },
  };
  switch (name) {
    case 'muur':
      return [wall];
    case 'rondetafel':
      return [
        wall,
        {
          kind: 'poll',
          title: t('template.dilemmaPoll.title'),
          config: { pollKind: 'dilemma', question: t('template.dilemma.question') },
        },
        // Each item its own name, so the agenda never shows "Dilemma" twice (CHAIR-6).
        { kind: 'round', title: t('template.round.title'), config: {} },
      ];
    case 'pitch':
      return [
        { kind: 'qa', title: t('template.qa.title'), config: { pitch: t('template.qa.pitch') } },
        {
          kind: 'poll',
          title: t('template.poll.title'),
          config: { pollKind: 'scale', question: t('template.poll.question') },
        },
      ];
  }
}

/**
 * What a template adds to a room that already has an agenda: a room that has a wall does not
 * get a second one (one hartenkreet wall per room); everything else is added after what is
 * there.
 */
export function templateSpecsFor(
  state: RoomState,
  name: TemplateName,
  lang: Language,
): ActivitySpec[] {
  const hasWall = [...state.activities.values()].some((a) => a.kind === 'wall');
  return templateSpecs(name, lang).filter((s) => !(s.kind === 'wall' && hasWall));
}
