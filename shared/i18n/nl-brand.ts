// Dutch texts for the event's branding (logo, accent colour, projector theme) on the organizer
// page, kept apart so nl.ts stays readable.

export const nlBrand = {
  'brand.title': 'Huisstijl',
  'brand.intro':
    'Logo en accentkleur verschijnen op het scherm in de zaal en op de telefoons. Vonk past een kleur zo nodig aan, zodat alle tekst goed leesbaar blijft.',
  'brand.logo': 'Logo',
  'brand.logo.file': 'Kies een logo (PNG, JPEG of WebP, hoogstens 512 KB)',
  'brand.logo.none': 'Nog geen logo.',
  'brand.logo.current': 'Huidig logo:',
  'brand.logo.remove': 'Logo verwijderen',
  'brand.logo.saved': 'Logo opgeslagen.',
  'brand.logo.removed': 'Logo verwijderd.',
  'brand.logo.tooLarge': 'Dit logo is te groot: hoogstens 512 KB.',
  'brand.logo.badType': 'Dit bestand kan niet: kies een PNG-, JPEG- of WebP-afbeelding (geen SVG).',
  'brand.accent': 'Accentkleur',
  'brand.accent.pick': 'Kies de accentkleur',
  'brand.accent.text': 'Accentkleur als code, bijvoorbeeld #1a6b3c',
  'brand.accent.invalid': 'Typ een kleur als #1a6b3c: een hekje en zes tekens (0-9, a-f).',
  'brand.accent.none': 'Geen eigen kleur (standaard)',
  'brand.accent.reset': 'Standaardkleur gebruiken',
  'brand.preview': 'Zo ziet het eruit',
  'brand.preview.phone': 'Telefoon',
  'brand.preview.projector': 'Scherm',
  'brand.preview.button': 'Knop',
  'brand.preview.text': 'Tekst',
  'brand.preview.same': 'De kleur is goed leesbaar en blijft zoals gekozen.',
  'brand.preview.adjusted':
    'Aangepast voor leesbaarheid: telefoon {phone}, scherm {projector} (gekozen: {chosen}).',
  'brand.theme': 'Thema van het scherm in de zaal',
  'brand.theme.dark': 'Donker (lichte tekst op donker)',
  'brand.theme.light': 'Licht (donkere tekst op wit)',
  'brand.save': 'Huisstijl opslaan',
  'brand.saved': 'Huisstijl opgeslagen.',
} as const;
