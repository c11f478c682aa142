// English texts for what the hall sees (the paged wall and its settings).

import type { nlHall } from './nl-hall.js';

export const enHall: Record<keyof typeof nlHall, string> = {
  'projector.pages': '{n} / {total}',
  'projector.qa.closed': 'Questions are closed',
  'qa.emptyClosed': 'No questions yet.',
  'chair.wall.order': 'Order on the screen',
  'chair.wall.order.newest': 'Newest first',
  'chair.wall.order.hearts': 'Most hearts first',
  'chair.wall.order.oldest': 'Oldest first',
  'chair.wall.dwell': 'Seconds per page on the screen',
  'chair.wall.dwellHint': 'When not everything fits at once, the screen turns the pages itself.',
  'chair.wall.dwellRange': 'Choose a number from {min} to {max}.',
};
