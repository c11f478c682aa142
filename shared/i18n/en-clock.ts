// English texts for the shared clock (the room's timer).

import type { nlClock } from './nl-clock.js';

export const enClock: Record<keyof typeof nlClock, string> = {
  'clock.label': 'Timer',
  'clock.left': '{time} left',
  'clock.paused': 'Paused',
  'clock.done': "Time's up",
  'clock.oneMinute': 'One minute left',
  'clock.heading': 'Time',
  'clock.preset': '{n} min',
  'clock.presetLabel': 'Start a {n} minute timer',
  'clock.custom': 'Minutes',
  'clock.startCustom': 'Start',
  'clock.atZero': 'At zero',
  'clock.atZero.none': 'Do nothing',
  'clock.atZero.close': 'Close',
  'clock.atZero.advance': 'Move on to the next',
  'clock.pause': 'Pause',
  'clock.resume': 'Resume',
  'clock.addMinute': '+1 min',
  'clock.addMinuteLabel': 'Add one minute',
  'clock.stop': 'Stop',
  'clock.overview': 'Timer {time}',
  'error.timer_in_past': 'That moment has passed already.',
  'error.no_timer': 'There is no timer that can do that.',
};
