// Pitch decks (DECK-1…): the limits the server enforces and the client's upload form shows.

export const DECK_LIMITS = {
  /** The largest deck, in bytes (50 MB). */
  maxBytes: 50 * 1024 * 1024,
  maxPages: 200,
  /** A page's side in PDF points (1/72 inch), UserUnit applied: the PDF format's own bounds. */
  maxSide: 14_400,
  minSide: 3,
  /** Arrays and dictionaries written inside each other; real slides stay far below. */
  maxDepth: 100,
  titleLength: 120,
  /** A slide's JPEG for phones (DECK-30): at most this many bytes and pixels wide. */
  slideImageBytes: 1024 * 1024,
  slideImageWidth: 1280,
} as const;

/** Why a deck was refused: the `code` of the API's error. */
export type DeckErrorCode =
  | 'not_pdf'
  | 'too_large'
  | 'pdf_invalid'
  | 'pdf_encrypted'
  | 'pdf_no_pages'
  | 'pdf_too_many_pages'
  | 'pdf_page_size'
  | 'pdf_too_deep'
  | 'pdf_too_complex'
  | 'busy';

/** A deck as the API describes it (never its bytes). */
export interface DeckInfo {
  id: string;
  roomId: string;
  title: string;
  pages: number;
  /** The first page's size in points: its aspect decides how a slide fills the screen. */
  width: number;
  height: number;
  bytes: number;
  /** Phones may open the current slide (DECK-5); off unless the organizer or chair turns it on. */
  phoneView: boolean;
  createdAt: number;
  /** The file's URL on Vonk's own origin, with the screens' access token. */
  url: string;
}
