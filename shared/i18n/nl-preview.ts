// Dutch texts for the chair's previews of what ← / → would put on screen (CHAIR-12).

export const nlPreview = {
  'chair.mirror.preview': 'Voorbeeld van het scherm met {title}',
};
