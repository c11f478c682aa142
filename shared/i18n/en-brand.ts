// English texts for the event's branding on the organizer page.

import type { nlBrand } from './nl-brand.js';

export const enBrand: Record<keyof typeof nlBrand, string> = {
  'brand.title': 'Branding',
  'brand.intro':
    'The logo and accent colour appear on the screen in the hall and on the phones. Vonk adjusts a colour where needed so all text stays easy to read.',
  'brand.logo': 'Logo',
  'brand.logo.file': 'Choose a logo (PNG, JPEG or WebP, at most 512 KB)',
  'brand.logo.none': 'No logo yet.',
  'brand.logo.current': 'Current logo:',
  'brand.logo.remove': 'Remove logo',
  'brand.logo.saved': 'Logo saved.',
  'brand.logo.removed': 'Logo removed.',
  'brand.logo.tooLarge': 'This logo is too large: at most 512 KB.',
  'brand.logo.badType': 'This file cannot be used: choose a PNG, JPEG or WebP image (not SVG).',
  'brand.accent': 'Accent colour',
  'brand.accent.pick': 'Pick the accent colour',
  'brand.accent.text': 'Accent colour as a code, for example #1a6b3c',
  'brand.accent.invalid': 'Type a colour like #1a6b3c: a hash and six characters (0-9, a-f).',
  'brand.accent.none': 'No colour of your own (default)',
  'brand.accent.reset': 'Use the default colour',
  'brand.preview': 'How it looks',
  'brand.preview.phone': 'Phone',
  'brand.preview.projector': 'Screen',
  'brand.preview.button': 'Button',
  'brand.preview.text': 'Text',
  'brand.preview.same': 'The colour is easy to read and stays as chosen.',
  'brand.preview.adjusted':
    'Adjusted for readability: phone {phone}, screen {projector} (chosen: {chosen}).',
  'brand.theme': 'Theme of the screen in the hall',
  'brand.theme.dark': 'Dark (light text on dark)',
  'brand.theme.light': 'Light (dark text on white)',
  'brand.save': 'Save branding',
  'brand.saved': 'Branding saved.',
};
