// English texts of the organizer's notice to many rooms (NOTICE-1…8).

import type { nlNotice } from './nl-notice.js';

export const enNotice: Record<keyof typeof nlNotice, string> = {
  'roomNotice.label': 'Message from the organizers:',
  'roomNotice.seen': 'Seen',
  'roomNotice.confirmed': 'Confirmed',
  'orgNotice.title': 'Message to every room',
  'orgNotice.hint':
    'A short message on the screens, the phones and/or with the chairs, until you withdraw it.',
  'orgNotice.text': 'Message',
  'orgNotice.left': '{n} characters left',
  'orgNotice.audience': 'For whom',
  'orgNotice.chairs': 'Chairs (confirm with "Seen")',
  'orgNotice.projectors': 'Screens in the room',
  'orgNotice.phones': "Participants' phones",
  'orgNotice.to': 'To',
  'orgNotice.toAll': 'All rooms',
  'orgNotice.toArrangement': 'Arrangement: {name}',
  'orgNotice.toChosen': 'Chosen rooms',
  'orgNotice.rooms': 'Rooms (choose several with Ctrl or Shift)',
  'orgNotice.send': 'Send message',
  'orgNotice.sent': 'Sent to {n} rooms.',
  'orgNotice.active': 'Active messages',
  'orgNotice.withdraw': 'Withdraw',
  'orgNotice.withdrawn': 'Withdrawn in {n} rooms.',
  'orgNotice.needText': 'Write a message first.',
  'orgNotice.needAudience': 'Choose who the message is for.',
  'orgNotice.needRooms': 'Choose at least one room.',
  'overview.notice.col': 'Message',
  'overview.notice.seen': 'Seen',
  'overview.notice.open': 'Not seen yet',
  'overview.notice.unconfirmed': '{n} not seen',
};
