// The slide: a title and plain text, or the join slide, put on screen like any agenda item
// (SLIDE-*). It takes nothing in, so it has no commands, events or state of its own.

import { ErrorCode } from '../../../shared/protocol.js';
import { fail } from '../../domain/types.js';
import type { ActivityKind } from '../kind.js';
import { slideHarvest, slideMarkdown } from './export.js';
import { newSlide, slidePatch } from './slide.js';

export const slide: ActivityKind<'slide', never, never> = {
  kind: 'slide',
  create: (state, cmd, order) => newSlide(cmd, order, state.language),
  patch: (_state, _a, patch) => slidePatch(patch),
  update(state, a, patch) {
    state.activities.set(a.id, { ...a, config: { ...a.config, ...patch } });
    return [{ kind: 'activity', id: a.id }];
  },
  commands: {},
  events: {},
  decide: () => fail(ErrorCode.Invalid, 'a slide takes no commands'),
  apply: () => [],
  harvest: (_state, a, base) => slideHarvest(a, base),
  markdown: slideMarkdown,
  csvRows: () => [],
  reportHtml: () => '',
  contributed: () => false,
  printed: false,
};
