// The room's own words for the word filter: a match sends a post to the queue (ABUSE-3).
import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits.js';
import { TextArea } from '../components/form/Field.js';
import { ConsoleSection } from '../components/form/Section.js';
import { Submit } from '../components/form/Status.js';
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
  const save = () => {
    outbox.push({ type: 'filter.words', words: list });
    setSaved(true);
  };
  const edit = (value: string) => {
    setText(value);
    setSaved(false);
  };
  return (
    <ConsoleSection
      id="filter"
      class="settings word-filter"
      title={t('chair.filter.title')}
      hint={t('chair.filter.hint')}
      onSubmit={() => !tooLong && save()}
    >
      <TextArea
        id="filter-words"
        testId="filter-input"
        label={t('chair.filter.label')}
        rows={3}
        value={text}
        onValue={edit}
        describedBy="filter-hint"
        error={tooLong && t('chair.filter.tooLong')}
      />
      <Submit plain testId="filter-save-button" disabled={tooLong}>
        {t('chair.save')}
      </Submit>
      {saved && (
        <p class="hint" role="status">
          {t('chair.saved')}
        </p>
      )}
    </ConsoleSection>
  );
}
