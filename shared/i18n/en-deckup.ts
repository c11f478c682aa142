// English texts of the decks' upload form and list (DECK-20…) and of decks in the exports and
// the report, kept apart so en.ts stays readable.

import type { nlDeckup } from './nl-deckup.js';

export const enDeckup: Record<keyof typeof nlDeckup, string> = {
  'deckup.title': 'Presentations',
  'deckup.hint': 'Upload a pitch’s PDF here: PDF only, at most 50 MB and 200 pages.',
  'deckup.room': 'Room',
  'deckup.file': 'PDF file',
  'deckup.titleLabel': 'Title (optional)',
  'deckup.upload': 'Upload',
  'deckup.progress': 'Uploading: {pct}%',
  'deckup.checking': 'Checking the PDF…',
  'deckup.done': '“{title}” has been added.',
  'deckup.retry': 'Try again',
  'deckup.list': 'Presentations in this room',
  'deckup.none': 'No presentations in this room yet.',
  'deckup.pages.one': '1 page',
  'deckup.pages.many': '{n} pages',
  'deckup.size': '{n} MB',
  'deckup.view': 'View',
  'deckup.viewLabel': 'View “{title}” (opens a new tab)',
  'deckup.rename': 'Rename',
  'deckup.renameLabel': 'New title for “{title}”',
  'deckup.delete': 'Delete',
  'deckup.deleteLabel': 'Delete “{title}”',
  'deckup.confirm': 'Really delete “{title}”? This cannot be undone.',
  'deckup.confirmYes': 'Yes, delete',
  'deckup.deleted': '“{title}” has been deleted.',
  'deckup.phoneView': 'Also show on phones',
  'deckup.phoneViewLabel': 'Also show “{title}” on phones',
  'deckup.error.choose': 'Choose a PDF file first.',
  'deckup.error.empty': 'This file is empty. Choose the presentation’s PDF.',
  'deckup.error.not_pdf':
    'This file is not a PDF. Save the presentation as a PDF (in PowerPoint: Save as, PDF) and choose that file.',
  'deckup.error.too_large':
    'This file is larger than 50 MB. Save the PDF smaller (for example with “Minimum size”) and try again.',
  'deckup.error.pdf_invalid':
    'This PDF is damaged or unreadable. Save it as a PDF again and try once more.',
  'deckup.error.pdf_encrypted':
    'This PDF is protected with a password. Save it without protection and try again.',
  'deckup.error.pdf_no_pages': 'This PDF has no pages.',
  'deckup.error.pdf_too_many_pages':
    'This PDF has more than 200 pages. A presentation may have at most 200.',
  'deckup.error.pdf_page_size': 'A page of this PDF is too small or too large to show as a slide.',
  'deckup.error.pdf_too_deep':
    'This PDF is too intricate to open safely. Save it again through “Print to PDF”.',
  'deckup.error.pdf_too_complex':
    'This PDF is too heavy to open safely. Save it again through “Print to PDF”.',
  'deckup.error.busy':
    'Vonk is checking other presentations right now. Try again in a few seconds.',
  'deckup.error.invalid': 'The title may have at most 120 characters, without special characters.',
  'deckup.error.unauthorized':
    'You are not signed in as the organizer (any more). Open the organizer link again.',
  'deckup.error.forbidden':
    'Your link does not open this room (any more). Ask the organizer for a new link.',
  'deckup.error.not_found': 'This room or presentation no longer exists.',
  'deckup.error.network': 'No connection to Vonk. Check the Wi-Fi and try again.',
  'deckup.error.other': 'Something went wrong at Vonk (error {status}). Try again.',
  'deckup.report.title': 'Presentation',
  'csv.word.deck': 'deck',
};
