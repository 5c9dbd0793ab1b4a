import { createApp } from 'vue';
import App from './App.vue';

// Where the shanzhi API runs: `npm start` at the repository root serves the demo county on port 8080.
const api = new URLSearchParams(location.search).get('api') ?? 'http://localhost:8080';

createApp(App, { api }).mount('#app');
