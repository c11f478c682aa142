// The projector page's entry: its styles (the kinds' projector.css too) and the app.
import { render } from 'preact';
import { deckPreview } from '../deck/index.js';
import { i18nReady } from '../lib/i18n.js';
import '../styles/base.css';
import './theme.css';
import './projector.css';
import '../kinds/poll/projector.css';
import '../kinds/qa/projector.css';
import '../kinds/slide/projector.css';
import '../deck/deck.css';
import '../kinds/deck/screens.css';
import { ProjectorApp } from './App.js';

const root = document.getElementById('app');
// The first language's strings come first (lib/i18n.ts), then the page.
// `?deck=…&v=…` shows a deck on its own instead (DECK-5); pdf.js is loaded only then.
if (root)
  void i18nReady.then(() => deckPreview(root, 'projector') || render(<ProjectorApp />, root));
