import { formatNumber } from '../format.js';
import type { Language } from '../model.js';
import { en } from './en.js';
import { nl, type MessageKey } from './nl.js';

export type { MessageKey };
export const messages: Record<Language, Record<MessageKey, string>> = { nl, en };

/** Looks up a message and fills `{name}` placeholders; numbers are written the language's way (FMT-1). */
export function translate(
  lang: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  let text = messages[lang][key];
  if (params) {
    for (const [k, v] of Object.entries(params))
      text = text.replaceAll(`{${k}}`, typeof v === 'number' ? formatNumber(v, lang, 2) : v);
  }
  return text;
}
