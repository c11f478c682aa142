import type { ActivityView } from '../../shared/model.js';
import type { MessageKey } from '../lib/i18n.js';

/**
 * What the agenda calls an activity: its own name per kind, so a Q&A, a dilemma vote, a dilemma
 * round and the plenary's harvest are not all "Muur" (CHAIR-6).
 */
export function kindLabel(a: ActivityView): MessageKey {
  switch (a.kind) {
    case 'wall':
      return a.config.harvest ? 'chair.kind.harvest' : 'chair.kind.wall';
    case 'poll':
      return a.config.pollKind === 'dilemma' ? 'chair.kind.dilemmaPoll' : 'chair.kind.poll';
    case 'qa':
      return 'chair.kind.qa';
    case 'round':
      return 'chair.kind.round';
  }
}
