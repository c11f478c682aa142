// Adding one agenda template to every parallel room at once (ROOM-7).
import { useRef, useState } from 'preact/hooks';
import { RadioGroup } from '../components/form/Choice.js';
import { useFormRequest } from '../components/form/request.js';
import { Section } from '../components/form/Section.js';
import { FormStatus, Submit } from '../components/form/Status.js';
import { t } from '../lib/i18n.js';
import { retryKey } from './retry-key.js';

const TEMPLATES = ['rondetafel', 'pitch', 'muur'] as const;

/** Adds one agenda template to every parallel room at once (ROOM-7). */
export function TemplatePanel(props: {
  code: string;
  headers: Record<string, string>;
  onDone: () => void;
}) {
  const [template, setTemplate] = useState<(typeof TEMPLATES)[number]>('rondetafel');
  const keys = useRef(retryKey());
  const req = useFormRequest();

  const apply = async () => {
    const json = { template, rooms: 'parallel' };
    const key = keys.current.for(JSON.stringify(json));
    const reply = await req.send<{ rooms?: unknown[] }>(`/api/events/${props.code}/template`, {
      headers: { ...props.headers, 'Idempotency-Key': key },
      json,
    });
    if (!reply) return;
    if (reply.ok) {
      keys.current.landed();
      req.setDone(t('organizer.template.done', { n: reply.body.rooms?.length ?? 0 }));
      props.onDone();
    } else if (reply.error?.code === 'agenda_full') {
      const room = /"([^"]+)"/.exec(reply.error.message ?? '')?.[1] ?? '';
      req.setError(t('organizer.template.full', { room }));
    } else req.fail(reply);
  };

  return (
    <Section
      id="template-panel"
      testId="template-panel"
      title={t('organizer.template.title')}
      hint={t('organizer.template.hint')}
      onSubmit={apply}
    >
      <RadioGroup
        legend={t('organizer.template.choose')}
        name="template"
        options={TEMPLATES}
        labelOf={(name) => t(`template.${name}`)}
        testIds="template"
        value={template}
        onChange={setTemplate}
      />
      <Submit testId="template-apply" disabled={req.busy} describedBy="template-panel-hint">
        {t('organizer.template.apply')}
      </Submit>
      <FormStatus testId="template" done={req.done} error={req.error} />
    </Section>
  );
}
