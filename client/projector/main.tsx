import { render } from 'preact';
import '../styles/base.css';
import './theme.css';
import './projector.css';
import './poll.css';
import './qa.css';
import { ProjectorApp } from './App.js';

const root = document.getElementById('app');
if (root) render(<ProjectorApp />, root);
