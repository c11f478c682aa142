// The chair's Q&A questions waiting for moderation, by mouse or keyboard.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionView } from '../../../shared/model.js';
import type { Outbox } from '../../lib/outbox.js';
import { ModerationQueue } from '../../chair/ModerationQueue.js';
import { QaMerge } from './QaMerge.js';
import { useQueueSelection } from '../../chair/selection.js';

interface Props {
  queue: QuestionView[];
  /** Where a duplicate can go: waiting and approved questions of the same Q&A. */
  candidates: QuestionView[];
  maxLength: number;
  outbox: Outbox;
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The questions waiting for the chair, oldest first; A approves, R rejects, E edits, arrows select. */
export function QaQueue({ queue, candidates, maxLength, outbox }: Props) {
  const [editingId, setEditingId] = useState<string | null>(null);
  // Bound to the question, never to its place in the list (CHAIR-1, CHAIR-2).
  const selection = useQueueSelection(queue);
  const selected = selection.selected;
  const act = (q: QuestionView, action: 'approve' | 'reject' | 'edit', text?: string) => {
    if (selection.inProgress.has(q.id)) return;
    selection.acted(q.id);
    outbox.push({
      type: 'question.moderate',
      questionId: q.id,
      action,
      ...(text !== undefined ? { text } : {}),
    });
    if (editingId === q.id) setEditingId(null);
  };
  const latest = useRef({ selected, act, move: selection.move });
  latest.current = { selected, act, move: selection.move };

  useEffect(() => {
    const offSettled = outbox.onSettled((s) => {
      if (s.kind === 'error' && s.cmd.type === 'question.moderate')
        selection.failed(s.cmd.questionId);
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      const s = latest.current;
      const key = e.key.toLowerCase();
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        s.move(e.key === 'ArrowDown' ? 1 : -1);
        e.preventDefault();
      } else if (s.selected && (key === 'a' || key === 'r')) {
        s.act(s.selected, key === 'a' ? 'approve' : 'reject');
      } else if (s.selected && key === 'e') {
        setEditingId(s.selected.id);
        e.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      offSettled();
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <ModerationQueue
      items={queue}
      prefix="qa-"
      title="chair.qa.queue"
      hint="chair.qa.shortcuts"
      empty="chair.queueEmpty"
      selectedId={selected?.id ?? null}
      inProgress={selection.inProgress}
      editingId={editingId}
      maxLength={maxLength}
      onSelect={selection.select}
      onModerate={act}
      onEdit={setEditingId}
      onSaveEdit={(q, text) => act(q, 'edit', text)}
      more={(q) => <QaMerge question={q} candidates={candidates} outbox={outbox} />}
    />
  );
}
