// The optional name, remembered on the phone for every wall and Q&A.
import { useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits.js';
import { t } from '../lib/i18n.js';
import { readString, writeString } from '../lib/storage.js';

const NAME_KEY = 'vonk.name';

/** The optional name, remembered on the phone for every wall and Q&A. */
export function useRememberedName(): [string, (v: string) => void] {
  const [name, setName] = useState(() => readString(NAME_KEY) ?? '');
  return [
    name,
    (v: string) => {
      setName(v);
      writeString(NAME_KEY, v.length > 0 ? v : null);
    },
  ];
}

export function NameField(props: {
  id: string;
  testId: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <>
      <label class="composer__name-label" for={props.id}>
        {t('wall.nameLabel')}
      </label>
      <input
        id={props.id}
        class="composer__name"
        data-testid={props.testId}
        type="text"
        value={props.value}
        maxLength={LIMITS.nameLength}
        autoComplete="nickname"
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
    </>
  );
}
