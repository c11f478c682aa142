// English texts for the chair's previews of what ← / → would put on screen (CHAIR-12).

export const enPreview = {
  'chair.mirror.preview': 'Preview of the screen with {title}',
};
