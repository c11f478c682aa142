// Adding rooms from a CSV or JSON list, after a preview (ROOM-9).
import { useState } from 'preact/hooks';
import { useFormRequest } from '../components/form/request.js';
import { Section } from '../components/form/Section.js';
import { FormStatus, Submit } from '../components/form/Status.js';
import { errorKey, t } from '../lib/i18n.js';
import { listType, PasteOrPick, ProblemList } from './import-parts.js';
import { RoomsPreview, type Preview, type Problem } from './RoomsPreview.js';

/** Paste or pick a CSV (or JSON) of rooms; see what it creates first (ROOM-9), then create. */
export function RoomsImport(props: {
  code: string;
  headers: Record<string, string>;
  onDone: () => void;
}) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const req = useFormRequest();

  const edit = (value: string) => {
    setText(value);
    setPreview(null);
  };
  const post = (query: string) => {
    setProblems([]);
    const path = `/api/events/${props.code}/rooms${query}`;
    return req.send<Preview & { rooms?: unknown[] }>(path, {
      headers: props.headers,
      body: text,
      type: listType(text),
    });
  };
  const look = async () => {
    const reply = await post('?preview');
    if (reply?.ok) setPreview(reply.body);
    else if (reply) req.setError(t(errorKey(reply.error?.code ?? 'internal')));
  };
  const create = async () => {
    const reply = await post('');
    setPreview(null);
    if (!reply) return;
    if (reply.ok) {
      req.setDone(t('organizer.rooms.added', { n: reply.body.rooms?.length ?? 0 }));
      setText('');
      props.onDone();
    } else if (reply.error?.problems) setProblems(reply.error.problems as Problem[]);
    else req.setError(t(errorKey(reply.error?.code ?? 'internal')));
  };

  return (
    <Section
      id="rooms-import"
      title={t('organizer.rooms.import')}
      hint={t('organizer.rooms.importHint')}
      onSubmit={look}
    >
      <PasteOrPick
        prefix="rooms"
        fileLabel={t('organizer.rooms.file')}
        pasteLabel={t('organizer.rooms.paste')}
        accept=".csv,.json,text/csv,application/json"
        value={text}
        onValue={edit}
      />
      <Submit testId="rooms-submit" disabled={req.busy || !text.trim()}>
        {t('organizer.preview.look')}
      </Submit>
      {preview && <RoomsPreview preview={preview} busy={req.busy} onCreate={() => void create()} />}
      <FormStatus testId="rooms" done={req.done} doneAs="added" />
      <ProblemList
        testId="rooms-problems"
        error={req.error}
        problems={problems}
        intro={t('organizer.rooms.nothingAdded')}
        say={(p) => t('organizer.rooms.problem', { line: p.line, message: p.message })}
      />
    </Section>
  );
}
