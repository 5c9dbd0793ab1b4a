import { defineConfig } from 'vite';

// No React plugin is needed to build: Vite compiles TSX with the automatic runtime (tsconfig `jsx: react-jsx`);
// @vitejs/plugin-react would only add Fast Refresh during development.
export default defineConfig({
  // Relative asset URLs: the built page works from any folder of a portal (and from the smoke test's sub-path).
  base: './',
  build: { target: 'es2021', chunkSizeWarningLimit: 1000 },
});
