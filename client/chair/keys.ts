// The console's keyboard: screen switching with ← / →, moving and acting in the queue, "?".
import { useEffect, useRef } from 'preact/hooks';
import type { ActivityView, StatementView } from '../../shared/model.js';

export interface KeyState {
  activities: ActivityView[];
  current: string | null;
  queue: StatementView[];
  selectedStatement: StatementView | undefined;
}

export interface KeyActions {
  show: (activityId: string) => void;
  move: (delta: 1 | -1) => void;
  moderate: (s: StatementView, action: 'approve' | 'reject') => void;
  edit: (id: string) => void;
  help: () => void;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The chair's keyboard: ← and → step through the agenda (what the screen shows), ↑ and ↓ pick
 * in the queue, A approves, R rejects, E edits, ? lists them all. Ignored while typing in a field.
 */
export function useChairKeys(state: KeyState, actions: KeyActions): void {
  const latest = useRef({ state, actions });
  latest.current = { state, actions };
  // What ← or → last asked to show, until the room confirms it: a second arrow pressed before
  // the screen has switched steps on from there, not from what was on screen before.
  const asked = useRef<{ id: string; at: number } | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      const { state: s, actions: a } = latest.current;
      const target = s.selectedStatement;
      switch (e.key) {
        case 'ArrowLeft':
        case 'ArrowRight': {
          const pending =
            asked.current && asked.current.id !== s.current && Date.now() - asked.current.at < 5000
              ? asked.current.id
              : s.current;
          const at = s.activities.findIndex((x) => x.id === pending);
          const step = e.key === 'ArrowRight' ? 1 : -1;
          const next = s.activities[at < 0 ? 0 : at + step];
          if (next && next.id !== pending) {
            asked.current = { id: next.id, at: Date.now() };
            a.show(next.id);
          }
          e.preventDefault();
          break;
        }
        case 'ArrowUp':
        case 'ArrowDown':
          if (s.queue.length === 0) return;
          a.move(e.key === 'ArrowDown' ? 1 : -1);
          e.preventDefault();
          break;
        case 'a':
        case 'A':
          if (target) a.moderate(target, 'approve');
          break;
        case 'r':
        case 'R':
          if (target) a.moderate(target, 'reject');
          break;
        case '?':
          a.help();
          e.preventDefault();
          break;
        case 'e':
        case 'E':
          if (target) {
            a.edit(target.id);
            // Otherwise the "e" lands in the editor that is about to get focus.
            e.preventDefault();
          }
          break;
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
