import type { Preview, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { initialize, mswLoader } from 'msw-storybook-addon';
import '@shanzhi/components';
import manifest from '@shanzhi/components/custom-elements.json';
import { handlers } from '../stories/msw/handlers.js';

// Attribute, property, event, part and CSS-property tables on the docs pages come from the JSDoc, via the manifest.
setCustomElementsManifest(manifest);

interface ManifestMember {
  readonly kind: string;
  readonly name: string;
  readonly readonly?: boolean;
  readonly type?: { readonly text?: string };
}
const declarations = (manifest as { modules: { declarations?: { tagName?: string; members?: ManifestMember[] }[] }[] }).modules.flatMap(
  (moduleDoc) => moduleDoc.declarations ?? [],
);

/** Named types of the public API whose values the manifest does not spell out. */
const namedTypes: Readonly<Record<string, readonly string[]>> = { Locale: ['zh-CN', 'en'] };

/**
 * Controls from the manifest's declared types. Storybook knows only `string`, `number`, `boolean`: `string | undefined`
 * (every optional id such as `village`, `region`) would otherwise become a JSON editor. Read-only getters and
 * functions (`client`, `getToken`) stay in the table but get no control: nothing can be typed into them. Nor do the
 * dash-case attribute rows whose property (`api-base` → `apiBase`) already has one, nor the rows of events, slots,
 * CSS parts and custom properties (Storybook would offer a JSON editor for each).
 */
const controlsFromManifest: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes, component }) => {
  const members = declarations.find((declaration) => declaration.tagName === component)?.members ?? [];
  const result = { ...argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    // A control the story chose itself (`argTypes` in the story file) stays; rows from the manifest have none yet.
    if (argType.control !== undefined) continue;
    const category = argType.table?.category;
    // Events, slots, CSS parts and custom properties are documentation rows (type `void`), not inputs of the story.
    if (category === 'events' || category === 'slots' || category === 'css shadow parts' || category === 'css custom properties') {
      result[name] = { ...argType, control: false };
      continue;
    }
    if (category !== 'properties' && category !== 'attributes') continue;
    const member = members.find((one) => one.name === name);
    const text = argType.type && 'name' in argType.type ? argType.type.name : '';
    const base = text.replace(/\s*\|\s*undefined$/, '');
    const options = namedTypes[base];
    // `api-base`, `board-interval` …: the row documents the attribute; its control is the camelCase property's.
    const attributeTwin = category === 'attributes' && name.includes('-');
    if (member?.readonly || attributeTwin || /^(TokenGetter|Client)\b|=>/.test(base)) result[name] = { ...argType, control: false };
    else if (options) result[name] = { ...argType, type: { name: 'enum', value: [...options] } };
    else if (base === 'string' || base === 'number' || base === 'boolean') result[name] = { ...argType, type: { name: base } };
  }
  return result;
};

// The API is the mock service worker serving what the reference server recorded (stories/fixtures).
initialize({ onUnhandledRequest: 'bypass', quiet: true });

/** Demo tokens of the seeded county, as the reference server accepts them; picked with the "viewer" toolbar. */
const tokens: Record<string, string | undefined> = { public: undefined, cadre: 'demo-cadre', villager: 'demo-villager' };

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsFromManifest],
  loaders: [mswLoader],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文 (zh-CN)', right: '中' },
          { value: 'en', title: 'English (en)', right: 'EN' },
        ],
        dynamicTitle: true,
      },
    },
    elder: {
      description: '长辈版 (elder mode) on the provider',
      toolbar: {
        title: '长辈版',
        icon: 'accessibility',
        items: [
          { value: 'off', title: '长辈版 off' },
          { value: 'on', title: '长辈版 on (elder mode)' },
          { value: 'device', title: 'Follow the device (the widget’s own switch)' },
        ],
        dynamicTitle: true,
      },
    },
    viewer: {
      description: 'Who is signed in (demo tokens of the seeded county)',
      toolbar: {
        title: 'Viewer',
        icon: 'user',
        items: [
          { value: 'public', title: 'Public (no token)' },
          { value: 'cadre', title: 'Village cadre (demo-cadre)' },
          { value: 'villager', title: 'Villager of household 101201-00001 (demo-villager)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', elder: 'off', viewer: 'public' },
  decorators: [
    (story, context) => {
      const locale = context.globals.locale === 'en' ? 'en' : 'zh-CN';
      const elder = context.globals.elder as string | undefined;
      const token = tokens[String(context.globals.viewer)];
      document.documentElement.lang = locale;
      // `elder` present = on, `elder="false"` = off (wins over the device preference); absent = follow the device.
      return html`<sz-provider
        api-base="/api"
        locale=${locale}
        elder=${elder === 'on' ? '' : elder === 'off' ? 'false' : nothing}
        .getToken=${token ? () => token : undefined}
        >${story()}</sz-provider
      >`;
    },
  ],
  parameters: {
    layout: 'padded',
    msw: { handlers },
    controls: { expanded: true },
    a11y: {
      // Any axe violation fails the story's test (WCAG 2.2 AA, access.md).
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
    viewport: {
      options: {
        iphoneSE: { name: 'iPhone SE (375 × 667)', styles: { width: '375px', height: '667px' }, type: 'mobile' },
        android: { name: 'Android (360 × 800)', styles: { width: '360px', height: '800px' }, type: 'mobile' },
        wechatIphone: { name: 'WeChat on iPhone 14 (390 × 844)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        portal: { name: 'Government portal (1280 × 800)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
        villageTv: { name: 'Village TV (1920 × 1080)', styles: { width: '1920px', height: '1080px' }, type: 'desktop' },
      },
    },
  },
};

export default preview;
