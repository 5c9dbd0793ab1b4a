import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // The sz-* tags are custom elements, not Vue components: Vue renders them as they are and sets their properties.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sz-') } },
    }),
  ],
  // Relative asset URLs: the built page works from any folder of a portal (and from the smoke test's sub-path).
  base: './',
  build: { target: 'es2021', chunkSizeWarningLimit: 1000 },
});
