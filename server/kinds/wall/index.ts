// The wall (hartenkreet): statements with hearts, moderated by the chair (WALL-*).

import type { StatementView, WallActivity } from '../../../shared/model.js';
import { ErrorCode } from '../../../shared/protocol.js';
import { WallConfigPatchSchema } from '../../../shared/schema.js';
import * as v from 'valibot';
import { cleanText } from '../../domain/text.js';
import { statementView } from '../../domain/views.js';
import { fail, ok } from '../../domain/types.js';
import { statementRows } from '../csv.js';
import type { ActivityKind } from '../kind.js';
import { defaultWall } from './config.js';
import { wallHtml, wallMarkdown } from './export.js';
import { applyWall, decideWall, type WallCommand, type WallEvent } from './wall.js';

export const wall: ActivityKind<'wall', WallCommand, WallEvent> = {
  kind: 'wall',
  create(state, cmd, order) {
    const config = { ...defaultWall(state.language), ...cmd.config };
    return ok({ id: cmd.id, title: cleanText(cmd.title), order, kind: 'wall', config });
  },
  patch: (_state, _a, patch) =>
    v.is(WallConfigPatchSchema, patch)
      ? ok(patch)
      : fail(ErrorCode.Invalid, 'these are not the settings of a wall', 'config'),
  update(state, a, patch) {
    const config = { ...a.config, ...(patch as Partial<WallActivity['config']>) };
    state.activities.set(a.id, { ...a, config });
    return [{ kind: 'activity', id: a.id }];
  },
  commands: {
    'statement.submit': true,
    'heart.set': true,
    'statement.moderate': true,
    'statement.harvest': true,
  },
  events: {
    'statement.posted': true,
    'statement.moderated': true,
    'heart.set': true,
    'statement.harvested': true,
    'statement.landed': true,
  },
  decide: decideWall,
  apply: applyWall,
  mine(state, participantId) {
    const own: StatementView[] = [];
    const hearted: string[] = [];
    for (const st of state.statements.values()) {
      if (st.participantId === participantId) own.push(statementView(st, state));
      if (st.hearts.has(participantId)) hearted.push(st.id);
    }
    return { own, hearted };
  },
  harvest: (_state, a, base) => ({ ...base, kind: 'wall', prompt: a.config.prompt }),
  markdown: wallMarkdown,
  csvRows: (base, a) => statementRows(base, a.statements),
  reportHtml: (a, t) => wallHtml(a, t),
  contributed: () => false,
};
