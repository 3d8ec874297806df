import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { registerServiceWorker } from './lib/pwa/service-worker';

const target = document.getElementById('app');
if (!target) throw new Error('Aloud: #app is missing from index.html');
mount(App, { target });

if (import.meta.env.PROD) registerServiceWorker();
