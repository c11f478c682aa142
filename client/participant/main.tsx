// The phone page's entry: its styles (the kinds' phone.css too), the service worker, the app.
import { render } from 'preact';
import { i18nReady } from '../lib/i18n.js';
import { keepAppShell } from '../lib/offline-shell.js';
import '../styles/base.css';
import '../home/home.css';
import './participant.css';
import '../kinds/poll/phone.css';
import '../kinds/qa/phone.css';
import '../kinds/round/phone.css';
import '../kinds/slide/phone.css';
import '../kinds/deck/phone.css';
import { ParticipantApp } from './App.js';

const root = document.getElementById('app');
// The first language's strings come first (lib/i18n.ts), then the page.
if (root) void i18nReady.then(() => render(<ParticipantApp />, root));
keepAppShell();
