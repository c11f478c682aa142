import { effect, signal } from '@preact/signals';
import { LANGUAGES, type Language } from '../../shared/model.js';
import { messages, translate, type MessageKey } from '../../shared/i18n/index.js';
import { readString, writeString } from './storage.js';

export type { MessageKey };

const KEY = 'vonk.lang';

function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

function stored(): Language | null {
  const v = readString(KEY);
  return isLanguage(v) ? v : null;
}

/** The language the page speaks; components that call t() re-render when it changes. */
export const lang = signal<Language>(stored() ?? 'nl');

effect(() => {
  document.documentElement.lang = lang.value;
});

/** The event decides the default, unless this person already picked a language themselves. */
export function applyEventLanguage(eventLanguage: Language): void {
  if (stored() === null && isLanguage(eventLanguage)) lang.value = eventLanguage;
}

export function otherLanguage(): Language {
  return lang.value === 'nl' ? 'en' : 'nl';
}

export function switchLanguage(): void {
  const next = otherLanguage();
  writeString(KEY, next);
  lang.value = next;
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(lang.value, key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages.nl, key);
}

/** Server error codes map to `error.<code>`; an unknown code still gets a readable message. */
export function errorKey(code: string): MessageKey {
  const key = `error.${code}`;
  return isMessageKey(key) ? key : 'error.internal';
}

/** Dutch plural rules are the same as English ones for our purposes: 1 is singular. */
export function hearts(n: number): string {
  return n === 1 ? t('wall.hearts.one') : t('wall.hearts', { n });
}
