// An event's name and end, as the organizer edits them.
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../shared/format.js';
import type { EventInfo } from '../../shared/model.js';
import { TextField } from '../components/form/Field.js';
import { useFormRequest } from '../components/form/request.js';
import { Section } from '../components/form/Section.js';
import { FormStatus, Submit } from '../components/form/Status.js';
import { lang, t } from '../lib/i18n.js';

/** `datetime-local` value for a moment, in the browser's time zone. */
function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The event's name and when it ends; everything of it is deleted RETENTION_DAYS after that
 * (ROOM-5), and the page says on which day.
 */
export function EventSettings(props: {
  code: string;
  name: string;
  endsAt: number | null;
  headers: Record<string, string>;
  onSaved: (name: string, endsAt: number | null) => void;
}) {
  const [name, setName] = useState(props.name);
  const [ends, setEnds] = useState(props.endsAt === null ? '' : toLocalInput(props.endsAt));
  const [deleteAt, setDeleteAt] = useState<number | null>(null);
  const req = useFormRequest();

  const loadDeleteAt = async () => {
    const res = await fetch(`/api/events/${props.code}?rooms=brief`).catch(() => null);
    const info = res?.ok ? ((await res.json()) as EventInfo) : null;
    setDeleteAt(info?.deleteAt ?? null);
  };
  useEffect(() => void loadDeleteAt(), [props.code]);

  const save = async () => {
    req.reset();
    const endsAt = ends ? new Date(ends).getTime() : null;
    if (endsAt !== null && Number.isNaN(endsAt)) {
      return req.setError(t('organizer.settings.badDate'));
    }
    const json = { name: name.trim(), endsAt };
    const reply = await req.send(`/api/events/${props.code}`, {
      method: 'PATCH',
      headers: props.headers,
      json,
    });
    if (!reply) return;
    if (!reply.ok) return req.fail(reply);
    req.setDone(t('organizer.settings.saved'));
    props.onSaved(json.name, endsAt);
    await loadDeleteAt();
  };

  return (
    <Section id="event-settings" title={t('organizer.settings.title')} onSubmit={() => void save()}>
      <TextField
        id="settings-name"
        label={t('organizer.settings.name')}
        required
        maxLength={120}
        state={[name, setName]}
      />
      <TextField
        id="settings-ends"
        type="datetime-local"
        label={t('organizer.settings.endsAt')}
        noteId="settings-delete"
        hint={
          <span data-testid="settings-delete">
            {deleteAt === null
              ? t('organizer.settings.noEnd')
              : t('organizer.settings.deleteAt', { date: formatDateTime(deleteAt, lang.value) })}
          </span>
        }
        state={[ends, setEnds]}
      />
      <Submit testId="settings-save" disabled={req.busy || !name.trim()}>
        {t('organizer.settings.save')}
      </Submit>
      <FormStatus testId="settings" done={req.done} doneAs="saved" error={req.error} />
    </Section>
  );
}
