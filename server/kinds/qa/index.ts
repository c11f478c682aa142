// The Q&A: questions to a pitch's speaker, upvoted by the hall, moderated by the chair (QA-*).

import type { QaConfig } from '../../../shared/model.js';
import { ErrorCode } from '../../../shared/protocol.js';
import { fail, ok, type Dirty } from '../../domain/types.js';
import { statementRows } from '../csv.js';
import type { ActivityKind } from '../kind.js';
import { isPublicQa, mineQuestions } from './qa-view.js';
import { isPublished, qaExportMarkdown, qaHarvest, qaHtml, questionRows } from './export.js';
import {
  applyQa,
  configFitsKind,
  decideQa,
  newQaActivity,
  type QaCommand,
  type QaEvent,
} from './qa.js';

export const qa: ActivityKind<'qa', QaCommand, QaEvent> = {
  kind: 'qa',
  create: (state, cmd, order) => ok(newQaActivity(cmd, order, state.language)),
  patch: (_state, _a, patch) =>
    configFitsKind('qa', patch)
      ? ok(patch)
      : fail(ErrorCode.Invalid, 'these are not the settings of a Q&A', 'config'),
  update(state, a, patch) {
    const p = patch as Partial<QaConfig> | undefined;
    const config = { ...a.config, ...p };
    // Closed by the chair stays closed on screen; opened again, it is an ordinary Q&A.
    if (p?.open === false) config.closedByChair = true;
    if (p?.open === true) delete config.closedByChair;
    state.activities.set(a.id, { ...a, config });
    const dirty: Dirty[] = [{ kind: 'activity', id: a.id }];
    // Opening or closing a Q&A changes which questions the public roles may hold (QA-3).
    if (p && 'open' in p) dirty.push({ kind: 'resnapshot' });
    return dirty;
  },
  commands: {
    'question.ask': true,
    'question.upvote': true,
    'question.moderate': true,
    'question.merge': true,
  },
  events: {
    'question.asked': true,
    'question.upvoted': true,
    'question.moderated': true,
    'question.merged': true,
  },
  decide: decideQa,
  apply: applyQa,
  publicOffScreen: (state, a) => isPublicQa(state, a.id),
  mine: mineQuestions,
  harvest: qaHarvest,
  markdown: qaExportMarkdown,
  csvRows: (base, a) => [...questionRows(base, a), ...statementRows(base, a.statements)],
  reportHtml: (a, t, lang) => qaHtml(a, t, lang),
  contributed: (a) => a.questions.some(isPublished),
  participation(state, people) {
    for (const q of state.questions.values()) {
      people.add(q.participantId);
      for (const p of q.votes.keys()) people.add(p);
    }
    return state.questions.size;
  },
};
