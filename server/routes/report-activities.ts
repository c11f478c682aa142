// The printed section of each activity in the report (EXPORT-4, EXPORT-7): its title, and
// inside what its kind prints (kinds/<kind>/export.ts). Every piece of user text goes through
// escapeHtml.

import type { Language } from '../../shared/model.js';
import { escapeHtml as e } from '../domain/html.js';
import { kindOf } from '../kinds/index.js';
import type { T } from '../kinds/kind.js';
import type { RoomFullExport } from './export.js';

export type { T };
export { localeOf } from '../kinds/report.js';
export type ActivityOut = RoomFullExport['activities'][number];

/** One activity's printed section. */
export function activityHtml(a: ActivityOut, id: string, t: T, lang: Language, level = 3): string {
  const inner = kindOf(a.kind).reportHtml(a, t, lang, id);
  return `<section class="activity" data-kind="${e(a.kind)}"><h${level}>${e(a.title)}</h${level}>\n${inner}</section>`;
}

/** Whether anything came in: an approved post, a vote, a published question. */
export function hasContributions(a: ActivityOut): boolean {
  if (a.statements.some((s) => s.status === 'approved')) return true;
  return kindOf(a.kind).contributed(a);
}

/** The kinds printed first in a room (the solution directions, EXPORT-7), the rest in order. */
export const printedFirst = (a: ActivityOut): number => Number(kindOf(a.kind).reportFirst === true);
