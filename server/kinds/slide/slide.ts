// A slide's rules: its defaults, a clean title and body, and the check of a chair's change
// (SLIDE-1, SLIDE-2). A slide has no commands of its own: the agenda creates, edits and shows it.

import { translate } from '../../../shared/i18n/index.js';
import type { Language, SlideActivity, SlideConfig } from '../../../shared/model.js';
import { ErrorCode, type ActivityCreate } from '../../../shared/protocol.js';
import { SlideConfigPatchSchema } from '../../../shared/schema.js';
import { SLIDE_BODY_LENGTH } from '../../../shared/slide.js';
import * as v from 'valibot';
import { hasVisible } from '../../../shared/text-check.js';
import { charLength, cleanText } from '../../domain/text.js';
import { fail, ok, type Result } from '../../domain/types.js';

type SlideCreate = Extract<ActivityCreate, { kind: 'slide' }>;

/** Line breaks kept (at most one empty line in a row), spaces folded; at most SLIDE_BODY_LENGTH. */
export function checkBody(body: string): Result<string> {
  const cleaned = cleanText(body);
  if (charLength(cleaned) > SLIDE_BODY_LENGTH) {
    return fail(
      ErrorCode.TextTooLong,
      `a slide's text is at most ${SLIDE_BODY_LENGTH} characters`,
      'body',
    );
  }
  // Only invisible characters: nothing to read, so no body at all.
  return ok(hasVisible(cleaned) ? cleaned : '');
}

const defaultTitle = (language: Language, config: SlideConfig): string =>
  translate(language, config.variant === 'join' ? 'slide.title.join' : 'slide.title.default');

export function newSlide(
  cmd: SlideCreate,
  order: number,
  language: Language,
): Result<SlideActivity> {
  const config: SlideConfig = { variant: 'text', body: '', ...cmd.config };
  const body = checkBody(config.body);
  if (!body.ok) return body;
  config.body = body.value;
  const title = cleanText(cmd.title) || defaultTitle(language, config);
  return ok({ id: cmd.id, kind: 'slide', title, order, config });
}

/** The cleaned patch of a slide's settings, or why not (another kind's fields, a long body). */
export function slidePatch(patch: object): Result<Partial<SlideConfig>> {
  if (!v.is(SlideConfigPatchSchema, patch)) {
    return fail(ErrorCode.Invalid, 'these are not the settings of a slide', 'config');
  }
  if (patch.body === undefined) return ok(patch);
  const body = checkBody(patch.body);
  return body.ok ? ok({ ...patch, body: body.value }) : body;
}
