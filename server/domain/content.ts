// Content the organizer writes once and sends to many rooms (CONTENT-1…4): a dilemma (a dilemma
// poll and a dilemma round sharing its text, typed once), a poll or a wall question. Pure: the
// specs each room gets, and whether a room's copy was changed there since it was sent.

import * as v from 'valibot';
import { LIMITS } from '../../shared/limits.js';
import type { ActivityView, Language } from '../../shared/model.js';
import { defaultPhases } from '../../shared/round.js';
import { translate } from '../../shared/i18n/index.js';
import type { ActivitySpec } from './setup.js';

const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty'), v.maxLength(max));

const Option = v.strictObject({
  label: text(LIMITS.optionLabelLength),
  drawback: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.drawbackLength))),
});

const Targets = v.union([
  v.picklist(['all', 'parallel']),
  v.strictObject({ arrangement: text(200) }),
  v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
    v.minLength(1),
    v.maxLength(600),
  ),
]);

export const ContentSchema = v.strictObject({
  /** Sending again with the same id updates what was sent before (CONTENT-3). */
  contentId: v.optional(v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/, 'letters, digits, - and _'))),
  rooms: Targets,
  /** On a resend: "all" overwrites copies changed in a room too; "unedited" leaves them. */
  overwrite: v.optional(v.picklist(['all', 'unedited'])),
  title: v.optional(text(LIMITS.titleLength)),
  content: v.variant('kind', [
    v.strictObject({
      kind: v.literal('dilemma'),
      question: text(LIMITS.questionLength),
      options: v.pipe(
        v.array(
          v.strictObject({
            label: text(LIMITS.optionLabelLength),
            drawback: text(LIMITS.drawbackLength),
          }),
        ),
        v.minLength(2, 'a dilemma needs two options, each with its drawback'),
        v.maxLength(4),
      ),
      /** The prompts of the three steps; the default ones when left out. */
      prompts: v.optional(
        v.pipe(
          v.array(v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.phasePromptLength))),
          v.length(3),
        ),
      ),
    }),
    v.strictObject({
      kind: v.literal('poll'),
      pollKind: v.picklist(['single', 'multiple', 'scale', 'cloud']),
      question: text(LIMITS.questionLength),
      options: v.optional(v.pipe(v.array(Option), v.maxLength(LIMITS.optionsPerPoll))),
    }),
    v.strictObject({ kind: v.literal('wall'), prompt: text(LIMITS.promptLength) }),
  ]),
});
export type ContentRequest = v.InferOutput<typeof ContentSchema>;
export type Content = ContentRequest['content'];

/** The activities one room gets, in the room's language for defaults. */
export function contentSpecs(
  content: Content,
  title: string | undefined,
  lang: Language,
): ActivitySpec[] {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  if (content.kind === 'wall')
    return [
      {
        kind: 'wall',
        title: title ?? t('template.wall.title'),
        config: { prompt: content.prompt },
      },
    ];
  if (content.kind === 'poll') {
    const options = content.options?.map((o, i) => ({ id: `o${i + 1}`, ...o }));
    return [
      {
        kind: 'poll',
        title: title ?? t('template.poll.title'),
        config: {
          pollKind: content.pollKind,
          question: content.question,
          ...(options ? { options } : {}),
        },
      },
    ];
  }
  const phases = defaultPhases(lang).map((p, i) => ({
    ...p,
    prompt: content.prompts?.[i] || p.prompt,
  }));
  const name = title ?? t('template.dilemma.title');
  return [
    {
      kind: 'poll',
      title: name,
      config: {
        pollKind: 'dilemma',
        question: content.question,
        options: content.options.map((o, i) => ({
          id: `d${i + 1}`,
          label: o.label,
          drawback: o.drawback,
        })),
      },
    },
    // The round shares the dilemma's text: typed once, by the organizer.
    { kind: 'round', title: name, config: { dilemma: content.question, phases } },
  ];
}

/** What a room's copy holds of the sent content: compared to see whether the room changed it. */
export function fingerprint(a: ActivityView): string {
  const c = a.config as unknown as Record<string, unknown>;
  if (a.kind === 'wall') return JSON.stringify([a.title, c.prompt]);
  if (a.kind === 'round') return JSON.stringify([a.title, c.dilemma, c.phases]);
  return JSON.stringify([a.title, c.question, c.options, c.pollKind]);
}
