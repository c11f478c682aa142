import { render } from 'preact';
import '../styles/base.css';
import './organizer.css';
import { OrganizerApp } from './App.js';

const root = document.getElementById('app');
if (root) render(<OrganizerApp />, root);
