// "Verstuurd" only after the ack: which of the phone's posts were just sent.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommandMessage } from '../../shared/protocol.js';
import { errorKey, type MessageKey } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';

type Sent = { id: string; acked: boolean } | null;

/**
 * The note under a form after sending: "Wordt verzonden…" until the server acknowledged the
 * post, then "Verstuurd"; nothing once it was refused. It never says more than the post's own
 * status in the list of one's posts (one status per post).
 */
export function useSentNote(outbox: Outbox) {
  const [sent, setSent] = useState<Sent>(null);
  const current = useRef<Sent>(null);
  current.current = sent;
  useEffect(
    () =>
      outbox.onSettled((s) => {
        if (s.cmd.id !== current.current?.id) return;
        setSent(s.kind === 'ack' ? { id: s.cmd.id, acked: true } : null);
      }),
    [outbox],
  );
  const note: MessageKey | null = sent ? (sent.acked ? 'wall.sent' : 'wall.sending') : null;
  return {
    note,
    track: (id: string) => setSent({ id, acked: false }),
    reset: () => setSent(null),
  };
}

/**
 * Why the phone's last command of one kind was refused (a ballot: closed, changed meanwhile), as
 * a message; cleared when the next one is accepted. `mine` says which commands count.
 */
export function useRefusal(outbox: Outbox, mine: (cmd: CommandMessage) => boolean, key: string) {
  const [problem, setProblem] = useState<MessageKey | null>(null);
  useEffect(
    () =>
      outbox.onSettled((s) => {
        if (mine(s.cmd)) setProblem(s.kind === 'error' ? errorKey(s.error.code) : null);
      }),
    [outbox, key],
  );
  return [problem, setProblem] as const;
}
