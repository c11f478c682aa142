import { render } from 'preact';
import '../styles/base.css';
import '../home/home.css';
import './participant.css';
import './ballot.css';
import './qa.css';
import './round.css';
import { ParticipantApp } from './App.js';

const root = document.getElementById('app');
if (root) render(<ParticipantApp />, root);
