// The console's keyboard: screen switching with ← / →, moving and acting in the queue, "?".
import { useEffect, useRef } from 'preact/hooks';
import { deckKeyTarget } from '../../shared/deck-item.js';
import type { ActivityView, StatementView } from '../../shared/model.js';
import { isTextField } from '../lib/text-field.js';

export interface KeyState {
  activities: ActivityView[];
  current: string | null;
  queue: StatementView[];
  selectedStatement: StatementView | undefined;
}

export interface KeyActions {
  show: (activityId: string) => void;
  /** Moves the deck item on screen to a slide (DECK-7). */
  goto: (activityId: string, slide: number) => void;
  move: (delta: 1 | -1) => void;
  moderate: (s: StatementView, action: 'approve' | 'reject') => void;
  edit: (id: string) => void;
  help: () => void;
}

const DECK_KEYS = ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' ', 'Home', 'End'];

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
  // The same for the slide of a deck on screen.
  const slide = useRef<{ id: string; slide: number; at: number } | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      const { state: s, actions: a } = latest.current;
      const target = s.selectedStatement;
      // A deck on screen takes the slide keys first: ← / → go through its slides, and on to
      // the agenda's next item only after its last (DECK-9).
      const settled = !asked.current || asked.current.id === s.current;
      const deck = settled ? s.activities.find((x) => x.id === s.current) : undefined;
      if (deck?.kind === 'deck' && DECK_KEYS.includes(e.key)) {
        const q = slide.current;
        const at =
          q && q.id === deck.id && q.slide !== deck.config.slide && Date.now() - q.at < 5000
            ? q.slide
            : deck.config.slide;
        const to = deckKeyTarget(e.key, at, deck.config.from, deck.config.to);
        if (to !== null) {
          slide.current = { id: deck.id, slide: to, at: Date.now() };
          a.goto(deck.id, to);
          e.preventDefault();
          return;
        }
        if (!e.key.startsWith('Arrow')) {
          e.preventDefault();
          return;
        }
      }
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
