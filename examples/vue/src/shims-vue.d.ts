// For tools that read TypeScript without Vue's language service (eslint); vue-tsc checks the real component.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent<{ api: string }>;
  export default component;
}
