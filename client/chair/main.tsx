// The chair page's entry: its styles (the kinds' chair.css too) and the app.
import { render } from 'preact';
import { deckPreview } from '../deck/index.js';
import { i18nReady } from '../lib/i18n.js';
import '../styles/base.css';
import './chair.css';
import './console.css';
import '../kinds/poll/chair.css';
import '../kinds/qa/chair.css';
import '../kinds/slide/chair.css';
import '../deck/deck.css';
import '../kinds/deck/screens.css';
import { ChairApp } from './App.js';

const root = document.getElementById('app');
// The first language's strings come first (lib/i18n.ts), then the page.
// `?deck=…&v=…` shows a deck on its own instead (DECK-5); pdf.js is loaded only then.
if (root) void i18nReady.then(() => deckPreview(root, 'presenter') || render(<ChairApp />, root));
