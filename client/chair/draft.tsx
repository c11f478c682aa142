// The draft of a kind's settings form: it follows the server's state unless the chair is
// editing, binds the form's fields, and works out the update to send: the title and only the
// config fields that changed. The form around it is settings.tsx.
import { useEffect, useState } from 'preact/hooks';
import type { ActivityUpdate } from '../../shared/protocol.js';
import type { Outbox } from '../lib/outbox.js';

/** One setting that is on or off (the kinds' forms and panels). */
export { CheckField as Check } from '../components/form/Choice.js';

/** The keys of a draft whose fields hold text, and those that are on or off. */
export type TextKey<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D];
export type FlagKey<D> = { [K in keyof D]: D[K] extends boolean ? K : never }[keyof D];

/** How a field's draft becomes the config's value: as it is, trimmed, or worked out. */
export type As<V> = true | 'trim' | ((value: V) => unknown);

/** What a text field needs from the draft: its ids, its value and its edit. */
export interface Bound {
  id: string;
  testId: string;
  value: string;
  onValue: (value: string) => void;
}

export interface SettingsDraft<D> {
  /** What the server has, as the form shows it. */
  base: D;
  /** What the form shows now. */
  draft: D;
  dirty: boolean;
  /** True after a save until the next edit. */
  saved: boolean;
  change: (patch: Partial<D>) => void;
  markSaved: () => void;
  /** A text field's value and its edit. */
  bind: (key: TextKey<D>) => { value: string; onValue: (value: string) => void };
  /** The same with the field's id and test id (default: the id with `-input`). */
  field: (id: string, key: TextKey<D>, testId?: string) => Bound;
  /** A choice's value and its change (radio buttons, a list). */
  pick: <K extends keyof D>(key: K) => { value: D[K]; onChange: (value: D[K]) => void };
  /** A checkbox's test id, state and change. */
  flag: (
    key: FlagKey<D>,
    testId?: string,
  ) => { testId?: string; checked: boolean; onChange: (on: boolean) => void };
  /** The whole number a text field holds when it is in [min, max], else null. */
  int: (key: TextKey<D>, min: number, max: number) => number | null;
  /** The config fields that differ from the server's (compared as JSON, so lists count too). */
  changed: <C>(as: { [K in keyof D & keyof C]?: As<D[K]> }) => Partial<C>;
}

/**
 * The form state of an activity's settings. When someone else (or our own save) changes the
 * activity, the form follows it, unless the chair is in the middle of an edit.
 */
export function useSettingsDraft<A, D>(
  activity: A,
  draftOf: (a: A) => D,
  same: (a: D, b: D) => boolean = sameFields as (a: D, b: D) => boolean,
): SettingsDraft<D> {
  const [base, setBase] = useState(() => draftOf(activity));
  const [draft, setDraft] = useState(base);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const fresh = draftOf(activity);
    if (same(fresh, base)) return;
    if (same(draft, base) || same(draft, fresh)) setDraft(fresh);
    setBase(fresh);
  }, [activity]);
  const change = (patch: Partial<D>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };
  const set = (key: keyof D, value: unknown) => change({ [key]: value } as Partial<D>);
  const bind = (key: TextKey<D>) => ({
    value: draft[key] as string,
    onValue: (v: string) => set(key, v),
  });
  return {
    base,
    draft,
    dirty: !same(draft, base),
    saved,
    change,
    markSaved: () => setSaved(true),
    bind,
    field: (id, key, testId) => ({ id, testId: testId ?? `${id}-input`, ...bind(key) }),
    pick: (key) => ({ value: draft[key], onChange: (v) => set(key, v) }),
    flag: (key, testId) => ({
      testId,
      checked: draft[key] as boolean,
      onChange: (on) => set(key, on),
    }),
    int: (key, min, max) => {
      const n = Number.parseInt(draft[key] as string, 10);
      return Number.isInteger(n) && n >= min && n <= max ? n : null;
    },
    changed: <C,>(as: { [K in keyof D & keyof C]?: As<D[K]> }) => {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(as) as (keyof D & keyof C & string)[]) {
        const how = as[key]!;
        const v = draft[key];
        if (JSON.stringify(v) === JSON.stringify(base[key])) continue;
        out[key] = how === true ? v : how === 'trim' ? String(v).trim() : how(v);
      }
      return out as Partial<C>;
    },
  };
}

/** The fields of a config that a draft keeps as they are. */
export function pickKeys<C, K extends keyof C>(config: C, keys: readonly K[]): Pick<C, K> {
  return Object.fromEntries(keys.map((k) => [k, config[k]])) as Pick<C, K>;
}

/** Two drafts with the same value in every field (compared with ===). */
export function sameFields<D extends object>(a: D, b: D): boolean {
  return (Object.keys(a) as (keyof D)[]).every((k) => a[k] === b[k]);
}

/** Two drafts that hold lists: the same when their JSON is. */
export const sameJson = <D,>(a: D, b: D): boolean => JSON.stringify(a) === JSON.stringify(b);

/** An activity's changed title (when not empty) and config, as one activity.update. */
export function pushUpdate(
  outbox: Outbox,
  activityId: string,
  title: string | null,
  config: NonNullable<ActivityUpdate['config']>,
): void {
  outbox.push({
    type: 'activity.update',
    activityId,
    ...(title ? { title } : {}),
    ...(Object.keys(config).length > 0 ? { config } : {}),
  });
}
