// A value per activity kind, each typed for its own kind, and the one lookup of an activity's:
// the screens' tables in client/kinds/ are built on it (in the common chunk, so the phone pays
// nothing for the registry of labels it never shows).
import type { ActivityKind, ActivityView } from '../../shared/model.js';

/** One activity of kind K. */
export type ActivityOf<K extends ActivityKind> = Extract<ActivityView, { kind: K }>;

/** One screen's part per kind: a function of the activity and what the screen hands it. */
export type KindTable<P, R> = { [K in ActivityKind]: (a: ActivityOf<K>, props: P) => R };

/** The table's part for one activity. */
export function partFor<P, R>(table: KindTable<P, R>, a: ActivityView, props: P): R {
  return (table[a.kind] as (a: ActivityView, props: P) => R)(a, props);
}
