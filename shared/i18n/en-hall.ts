// English texts for what the hall sees (the paged wall and its settings).

import type { nlHall } from './nl-hall.js';

export const enHall: Record<keyof typeof nlHall, string> = {
  'projector.pages': '{n} / {total}',
  'rooms.search': 'Find your group, location or arrangement',
  'rooms.found': '{n} found',
  'poll.revote': 'Vote again — have you changed your mind? In round {n} you chose: {choice}.',
  'poll.resultsAfterVote': 'You will see the results after you vote.',
  'chair.poll.resultsMode.always': 'Visible at once, also to those who have not voted',
  'page.screenUnknown':
    'There is no event with the code in this link. Ask the organizer for the right screen link.',
  'page.chairUnknown':
    'There is no event with the code in this link. Ask the organizer for your chair link.',
  'wall.heartFor': 'Give a heart: {text}',
  'mine.atStep': 'In step {n}',
  'poll.why.for': 'For option',
  'projector.joinCode': 'with the code',
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
