// English texts of the slide (a text slide or the join slide on the agenda).

import type { nlSlide } from './nl-slide.js';

export const enSlide: Record<keyof typeof nlSlide, string> = {
  'slide.title.default': 'Slide',
  'slide.title.join': 'Join',
  'slide.watchScreen': 'Look at the screen',
  'chair.addSlide': 'Add slide',
  'chair.slideTitle': 'Slide {n}',
  'chair.kind.slide': 'Slide',
  'chair.kind.joinSlide': 'Join slide',
  'chair.slide.variant': 'What the slide shows',
  'chair.slide.variant.text': 'A title and text',
  'chair.slide.variant.join': 'Joining: big QR code, address and code filling the screen',
  'chair.slide.body': 'Text (may stay empty; line breaks are kept)',
  'chair.slide.count': '{n} of {max} characters',
  'chair.slide.tooLong': 'At most {max} characters.',
  'chair.slide.nothing': 'A slide asks nothing of the hall: there is nothing to moderate.',
};
