import type { Language } from '../model.js';
import { en } from './en.js';
import { fillParams } from './fill.js';
import { nl, type MessageKey } from './nl.js';

export type { MessageKey };
export const messages: Record<Language, Record<MessageKey, string>> = { nl, en };

/** Looks up a message and fills `{name}` placeholders; numbers are written the language's way (FMT-1). */
export function translate(
  lang: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return fillParams(messages[lang][key], lang, params);
}
