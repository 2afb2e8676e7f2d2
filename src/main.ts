import { mount } from 'svelte';
import App from './ui/shell/App.svelte';
import { startOffline } from './offline/start.ts';
import './ui/shell/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount the course into.');

export default mount(App, { target });

// Offline use and installation, in built sites only (src/offline/start.ts says why).
if (import.meta.env.PROD) startOffline();
