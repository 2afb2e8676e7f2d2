import { mount } from 'svelte';
import App from './ui/shell/App.svelte';
import './ui/shell/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount the course into.');

export default mount(App, { target });
