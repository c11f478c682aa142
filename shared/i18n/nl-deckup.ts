// Dutch texts of the decks' upload form and list (DECK-20…) and of decks in the exports and
// the report, kept apart so nl.ts stays readable.

export const nlDeckup = {
  'deckup.title': 'Presentaties',
  'deckup.hint': 'Upload hier de pdf van een pitch: alleen pdf, hoogstens 50 MB en 200 pagina’s.',
  'deckup.room': 'Ruimte',
  'deckup.file': 'Pdf-bestand',
  'deckup.titleLabel': 'Titel (mag leeg blijven)',
  'deckup.upload': 'Uploaden',
  'deckup.progress': 'Uploaden: {pct}%',
  'deckup.checking': 'De pdf wordt gecontroleerd…',
  'deckup.done': '“{title}” staat erbij.',
  'deckup.retry': 'Opnieuw proberen',
  'deckup.list': 'Presentaties in deze ruimte',
  'deckup.none': 'Nog geen presentaties in deze ruimte.',
  'deckup.pages.one': '1 pagina',
  'deckup.pages.many': '{n} pagina’s',
  'deckup.size': '{n} MB',
  'deckup.view': 'Bekijk',
  'deckup.viewLabel': 'Bekijk “{title}” (opent een nieuw tabblad)',
  'deckup.rename': 'Naam wijzigen',
  'deckup.renameLabel': 'Nieuwe titel voor “{title}”',
  'deckup.delete': 'Verwijderen',
  'deckup.deleteLabel': 'Verwijder “{title}”',
  'deckup.confirm': '“{title}” echt verwijderen? Dat kan niet ongedaan worden.',
  'deckup.confirmYes': 'Ja, verwijderen',
  'deckup.deleted': '“{title}” is verwijderd.',
  'deckup.phoneView': 'Ook op telefoons tonen',
  'deckup.phoneViewLabel': '“{title}” ook op telefoons tonen',
  'deckup.error.choose': 'Kies eerst een pdf-bestand.',
  'deckup.error.empty': 'Dit bestand is leeg. Kies de pdf van de presentatie.',
  'deckup.error.not_pdf':
    'Dit bestand is geen pdf. Sla de presentatie op als pdf (in PowerPoint: Opslaan als, PDF) en kies dat bestand.',
  'deckup.error.too_large':
    'Dit bestand is groter dan 50 MB. Sla de pdf kleiner op (bijvoorbeeld met “Minimale grootte”) en probeer het opnieuw.',
  'deckup.error.pdf_invalid':
    'Deze pdf is beschadigd of onleesbaar. Sla hem opnieuw op als pdf en probeer het nog eens.',
  'deckup.error.pdf_encrypted':
    'Deze pdf is beveiligd met een wachtwoord. Sla hem op zonder beveiliging en probeer het opnieuw.',
  'deckup.error.pdf_no_pages': 'Deze pdf heeft geen pagina’s.',
  'deckup.error.pdf_too_many_pages':
    'Deze pdf heeft meer dan 200 pagina’s. Een presentatie mag er hoogstens 200 hebben.',
  'deckup.error.pdf_page_size':
    'Een pagina van deze pdf is te klein of te groot om als dia te tonen.',
  'deckup.error.pdf_too_deep':
    'Deze pdf is te ingewikkeld om veilig te openen. Sla hem opnieuw op via “Afdrukken naar pdf”.',
  'deckup.error.pdf_too_complex':
    'Deze pdf is te zwaar om veilig te openen. Sla hem opnieuw op via “Afdrukken naar pdf”.',
  'deckup.error.busy':
    'Vonk controleert nu andere presentaties. Probeer het over een paar seconden opnieuw.',
  'deckup.error.invalid': 'De titel mag hoogstens 120 tekens hebben, zonder speciale tekens.',
  'deckup.error.unauthorized':
    'Je bent niet (meer) ingelogd als organisator. Open de organisatorlink opnieuw.',
  'deckup.error.forbidden':
    'Je link geeft geen toegang (meer) tot deze ruimte. Vraag de organisator om een nieuwe link.',
  'deckup.error.not_found': 'Deze ruimte of presentatie bestaat niet meer.',
  'deckup.error.network': 'Geen verbinding met Vonk. Controleer de wifi en probeer het opnieuw.',
  'deckup.error.other': 'Er ging iets mis bij Vonk (fout {status}). Probeer het opnieuw.',
  'deckup.report.title': 'Presentatie',
  'csv.word.deck': 'presentatie',
};
