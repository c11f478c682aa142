// The page's one notice (a refused command, a surprise) that NoticeBar shows.
import { signal } from '@preact/signals';
import type { MessageKey } from './i18n.js';

export interface Notice {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** Distinguishes two equal messages in a row, so the second one is announced again. */
  at: number;
}

/** One message at a time for things the person should know about: a refused command, mostly. */
export const notice = signal<Notice | null>(null);

export function showNotice(key: MessageKey, params?: Record<string, string | number>): void {
  notice.value = params ? { key, params, at: Date.now() } : { key, at: Date.now() };
}

export function clearNotice(): void {
  notice.value = null;
}
