import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// Where the shanzhi API runs: `npm start` at the repository root serves the demo county on port 8080.
const api = new URLSearchParams(location.search).get('api') ?? 'http://localhost:8080';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
}
