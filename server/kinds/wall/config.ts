// A wall's settings: its defaults, and the check of a chair's change to them.

import { translate } from '../../../shared/i18n/index.js';
import { LIMITS } from '../../../shared/limits.js';
import type { Language, WallConfig } from '../../../shared/model.js';

export function defaultWall(language: Language): WallConfig {
  return {
    prompt: translate(language, 'wall.prompt.default'),
    maxLength: LIMITS.statementDefaultLength,
    moderation: 'pre',
    open: true,
  };
}
