// A slide in the exports: the JSON export keeps its text (so an import brings it back), the
// Markdown lists its title, the CSV has no rows and the printed report leaves it out (SLIDE-5).

import type { SlideActivity } from '../../../shared/model.js';
import type { ActivityExportBase, SlideExport } from '../../domain/harvest.js';
import { escapeMarkdown as md } from '../qa/qa-export.js';

export function slideHarvest(a: SlideActivity, base: ActivityExportBase): SlideExport {
  return { ...base, kind: 'slide', variant: a.config.variant, body: a.config.body };
}

/** The title only: a slide is part of the programme, not of what the hall said. */
export const slideMarkdown = (a: SlideExport): string[] => [`### ${md(a.title)}`, ''];
