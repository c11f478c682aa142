import { render } from 'preact';
import '../styles/base.css';
import './chair.css';
import './console.css';
import './poll.css';
import './qa.css';
import { ChairApp } from './App.js';

const root = document.getElementById('app');
if (root) render(<ChairApp />, root);
