import { formatNumber } from '../format.js';
import type { Language } from '../model.js';

/** Fills `{name}` placeholders; numbers are written the language's way (FMT-1). */
export function fillParams(
  text: string,
  lang: Language,
  params?: Record<string, string | number>,
): string {
  if (!params) return text;
  for (const [k, v] of Object.entries(params))
    text = text.replaceAll(`{${k}}`, typeof v === 'number' ? formatNumber(v, lang, 2) : v);
  return text;
}
