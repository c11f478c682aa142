// One dilemma, written once, sent to many rooms (CONTENT-1…3): the question, two options with
// their drawbacks and the three step prompts; all parallel rooms or one arrangement. Sending an
// edited version again updates the rooms' copies, and asks first when rooms changed theirs.

import { useRef, useState } from 'preact/hooks';
import { defaultPhases } from '../../shared/round.js';
import { SelectField, TextArea, TextField } from '../components/form/Field.js';
import { useFormRequest } from '../components/form/request.js';
import { Section } from '../components/form/Section.js';
import { FormStatus, Submit } from '../components/form/Status.js';
import { lang, t, type MessageKey } from '../lib/i18n.js';
import { retryKey } from './retry-key.js';

interface Edited {
  id: string;
  name: string;
}

export function ContentPanel(props: {
  code: string;
  headers: Record<string, string>;
  arrangements: string[];
}) {
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState([
    { label: '', drawback: '' },
    { label: '', drawback: '' },
  ]);
  const [prompts, setPrompts] = useState(['', '', '']);
  const [target, setTarget] = useState('parallel');
  const [contentId, setContentId] = useState<string | null>(null);
  const [edited, setEdited] = useState<Edited[] | null>(null);
  const keys = useRef(retryKey());
  const req = useFormRequest();
  const steps = defaultPhases(lang.value);

  const send = async (overwrite?: 'all' | 'unedited') => {
    const json = {
      rooms: target === 'parallel' ? 'parallel' : { arrangement: target },
      ...(contentId ? { contentId } : {}),
      ...(overwrite ? { overwrite } : {}),
      content: {
        kind: 'dilemma',
        question,
        options,
        prompts: prompts.map((p, i) => p.trim() || steps[i]!.prompt),
      },
    };
    const key = keys.current.for(JSON.stringify(json));
    const reply = await req.send<{ contentId?: string; rooms?: unknown[] }>(
      `/api/events/${props.code}/content`,
      { headers: { ...props.headers, 'Idempotency-Key': key }, json },
    );
    if (!reply) return;
    if (reply.ok && reply.body.contentId) {
      keys.current.landed();
      setContentId(reply.body.contentId);
      setEdited(null);
      req.setDone(t('organizer.content.done', { n: reply.body.rooms?.length ?? 0 }));
    } else if (!reply.ok && reply.error?.code === 'local_edits') {
      setEdited((reply.error.rooms as Edited[] | undefined) ?? []);
    } else req.setError((!reply.ok && reply.error?.message) || t('error.internal'));
  };

  const setOption = (i: number, key: 'label' | 'drawback', value: string) =>
    setOptions(options.map((o, j) => (j === i ? { ...o, [key]: value } : o)));
  const overwrite = (how: 'all' | 'unedited', label: MessageKey) => (
    <button
      type="button"
      class="btn"
      onClick={() => void send(how)}
      data-testid={`content-overwrite-${how}`}
    >
      {t(label)}
    </button>
  );

  return (
    <Section
      id="content"
      class="content-panel"
      title={t('organizer.content.title')}
      hint={t('organizer.content.hint')}
      onSubmit={() => void send()}
    >
      <TextArea
        id="content-question"
        label={t('organizer.content.question')}
        rows={2}
        state={[question, setQuestion]}
      />
      {options.map((o, i) => (
        <fieldset key={i}>
          <legend>{t('organizer.content.option', { n: String.fromCharCode(65 + i) })}</legend>
          <TextField
            id={`content-option-${i}`}
            label={t('organizer.content.optionLabel')}
            value={o.label}
            onValue={(v) => setOption(i, 'label', v)}
          />
          <TextField
            id={`content-drawback-${i}`}
            label={t('report.poll.drawback')}
            value={o.drawback}
            onValue={(v) => setOption(i, 'drawback', v)}
          />
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('organizer.content.steps')}</legend>
        {steps.map((s, i) => (
          <TextField
            key={s.id}
            wrap
            id={`content-prompt-${i}`}
            label={s.title}
            placeholder={s.prompt}
            value={prompts[i]!}
            onValue={(v) => setPrompts(prompts.map((p, j) => (j === i ? v : p)))}
          />
        ))}
      </fieldset>
      <SelectField
        id="content-target"
        label={t('organizer.content.to')}
        options={['parallel', ...props.arrangements]}
        labelOf={(a) => (a === 'parallel' ? t('organizer.content.toAll') : a)}
        value={target}
        onChange={setTarget}
      />
      <Submit testId="content-send" disabled={req.busy}>
        {t(contentId ? 'organizer.content.resend' : 'organizer.content.send')}
      </Submit>
      <FormStatus testId="content" done={req.done} error={req.error} />
      {edited && (
        <div role="alert" class="content-panel__ask" data-testid="content-edited">
          <p>{t('organizer.content.edited', { n: edited.length })}</p>
          <ul>
            {edited.map((r) => (
              <li key={r.id}>{r.name}</li>
            ))}
          </ul>
          {overwrite('all', 'organizer.content.overwriteAll')}{' '}
          {overwrite('unedited', 'organizer.content.overwriteUnedited')}
        </div>
      )}
    </Section>
  );
}
