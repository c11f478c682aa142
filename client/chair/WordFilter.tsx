// The room's own words for the word filter: a match sends a post to the queue (ABUSE-3).
import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits.js';
import { t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';

/** The chair's own words for the filter: one per line; a match goes to the queue first. */
export function WordFilter({ words, outbox }: { words: string[]; outbox: Outbox }) {
  const [text, setText] = useState(words.join('\n'));
  const [saved, setSaved] = useState(false);
  useEffect(() => setText(words.join('\n')), [words.join('\n')]);
  const list = text
    .split(/[\n,]/)
    .map((w) => w.trim())
    .filter(Boolean);
  const tooLong =
    list.some((w) => w.length > LIMITS.nameLength) || list.length > LIMITS.filterWords;
  const save = (e: Event) => {
    e.preventDefault();
    if (tooLong) return;
    outbox.push({ type: 'filter.words', words: list });
    setSaved(true);
  };
  return (
    <form class="settings word-filter" onSubmit={save} aria-labelledby="filter-heading">
      <h2 class="section-title" id="filter-heading">
        {t('chair.filter.title')}
      </h2>
      <p class="hint" id="filter-hint">
        {t('chair.filter.hint')}
      </p>
      <label for="filter-words">{t('chair.filter.label')}</label>
      <textarea
        id="filter-words"
        rows={3}
        value={text}
        aria-describedby="filter-hint"
        data-testid="filter-input"
        onInput={(e) => {
          setText((e.target as HTMLTextAreaElement).value);
          setSaved(false);
        }}
      />
      {tooLong && <p class="field-error">{t('chair.filter.tooLong')}</p>}
      <button type="submit" class="btn" data-testid="filter-save-button" disabled={tooLong}>
        {t('chair.save')}
      </button>
      {saved && (
        <p class="hint" role="status">
          {t('chair.saved')}
        </p>
      )}
    </form>
  );
}
