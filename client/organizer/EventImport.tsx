// Recreating an event from its JSON export (EXPORT-5).
import { FileField } from '../components/form/Field.js';
import { useFormRequest } from '../components/form/request.js';
import { Section } from '../components/form/Section.js';
import { FormStatus } from '../components/form/Status.js';
import { t } from '../lib/i18n.js';
import type { EventListItem } from './types.js';

/** Recreates an event from its JSON export (EXPORT-5): a new event, same rooms and agendas. */
export function EventImport(props: {
  headers: Record<string, string>;
  onImported: (event: EventListItem) => void;
}) {
  const req = useFormRequest();

  const pick = async (file: File, input: HTMLInputElement) => {
    req.reset();
    const text = await file.text();
    try {
      JSON.parse(text);
    } catch {
      return req.setError(t('organizer.import.notJson'));
    }
    const reply = await req.send<EventListItem & { rooms: unknown[] }>('/api/events/import', {
      headers: props.headers,
      body: text,
      type: 'application/json',
    });
    input.value = '';
    if (!reply) return;
    if (reply.ok) {
      req.setDone(
        t('organizer.import.done', { name: reply.body.name, n: reply.body.rooms.length }),
      );
      props.onImported(reply.body);
    } else {
      const message = reply.error?.message ?? t('error.internal');
      req.setError(t('organizer.import.failed', { message }));
    }
  };

  return (
    <Section
      level={2}
      id="event-import"
      title={t('organizer.import.title')}
      hint={t('organizer.import.hint')}
    >
      <FileField
        id="event-import-file"
        label={t('organizer.import.file')}
        accept=".json,application/json"
        describedBy="event-import-hint"
        disabled={req.busy}
        onFile={(file, input) => void pick(file, input)}
      />
      <FormStatus testId="event-import" busy={req.busy} done={req.done} error={req.error} />
    </Section>
  );
}
