// A slide on the agenda: a title and some plain text the hall reads, or the join slide (a huge
// QR, the join address and the code filling the beamer). Nothing comes in from the phones.

/** `text`: the title and the body; `join`: the join moment as an agenda item (SLIDE-3). */
export type SlideVariant = 'text' | 'join';
export const SLIDE_VARIANTS: readonly SlideVariant[] = ['text', 'join'];

/** Characters of a slide's body (line breaks count as one); the parser allows some slack. */
export const SLIDE_BODY_LENGTH = 600;
