import { render } from 'preact';
import '../styles/base.css';
import './home.css';
import { Home } from './Home.js';

const root = document.getElementById('app');
if (root) render(<Home />, root);
