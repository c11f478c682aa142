import { render } from 'preact';
import '../styles/base.css';
import './speaker.css';
import { SpeakerApp } from './App.js';

const root = document.getElementById('app');
if (root) render(<SpeakerApp />, root);
