/**
 * The lint guardrails really run: eslint.config.js's lit, wc and import-fence rules fire on snippets placed (by file path
 * only, nothing is written) inside the components package. Guards against a config that silently stops applying a rule
 * set — as happened when the lit and wc configs shared one object, or when the wc rules knew only `LitElement`.
 *
 * Type-aware linting is switched off for the snippets (typescript-eslint's `disableTypeChecked`): none of these rules needs
 * type information, and building a TypeScript program for a file that is in no tsconfig would take most of a minute.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked as Linter.Config });

/** Lints `code` as if it were the file `relativePath` of the repository; returns the rule ids that fired (sorted, unique). */
async function ruleIds(relativePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, relativePath) });
  assert.ok(result, 'ESLint returned no result');
  const fatal = result.messages.filter((message) => message.fatal === true);
  assert.deepEqual(fatal, [], 'the snippet must parse');
  return [...new Set(result.messages.map((message) => message.ruleId ?? ''))].sort();
}

const badElement = `import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SzElement } from '../internal/sz-element.js';

export class SzGuardrailProbe extends SzElement {
  @property({ type: Number }) count = 0;

  constructor() {
    super();
    this.setAttribute('role', 'note');
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.count = 1;
  }

  protected override render() {
    return html\`<input type="number" .value=\${String(this.count)} .value=\${'0'}>\`;
  }
}
`;

test('the lit and wc rules both fire on an element extending SzElement', async () => {
  const fired = await ruleIds('packages/components/src/guardrail-probe/sz-guardrail-probe.ts', badElement);
  console.log(`  SzElement subclass: ${fired.join(', ')}`);
  // Lit template rule (ran only once lit and wc stopped sharing a config object).
  assert.ok(fired.includes('lit/no-duplicate-template-bindings'), `lit template rule did not fire: ${fired.join(', ')}`);
  // Lit class rule: applies only to classes whose base is in settings.lit.elementBaseClasses.
  assert.ok(fired.includes('lit/no-property-change-update'), `lit class rule did not fire: ${fired.join(', ')}`);
  // wc rule: applies only to classes whose base is in settings.wc.elementBaseClasses.
  assert.ok(fired.includes('wc/no-constructor-attributes'), `wc rule did not fire: ${fired.join(', ')}`);
});

test('a relative import from components/src into the server source is fenced', async () => {
  const code = `import { startServer } from '../../../server/src/start.js';\nexport const start = startServer;\n`;
  const fired = await ruleIds('packages/components/src/guardrail-probe/probe.ts', code);
  console.log(`  relative import of server/src from components/src: ${fired.join(', ')}`);
  assert.ok(fired.includes('import-x/no-restricted-paths'), `path fence did not fire: ${fired.join(', ')}`);
  assert.ok(fired.includes('import-x/no-relative-packages'), `relative-package rule did not fire: ${fired.join(', ')}`);
});

test('components/src may not use @shanzhi/server/testing; the scripts may, and only that entry', async () => {
  const byName = `import { startTestServer } from '@shanzhi/server/testing';\nexport const start = startTestServer;\n`;
  const inSrc = await ruleIds('packages/components/src/guardrail-probe/probe.ts', byName);
  console.log(`  @shanzhi/server/testing from components/src: ${inSrc.join(', ')}`);
  assert.ok(inSrc.includes('import-x/no-restricted-paths'), `path fence did not fire in src/: ${inSrc.join(', ')}`);

  assert.deepEqual(await ruleIds('packages/components/scripts/guardrail-probe.ts', byName), [], 'scripts may import the testing entry');

  const deep = `import { startServer } from '../../server/src/start.js';\nexport const start = startServer;\n`;
  const inScripts = await ruleIds('packages/components/scripts/guardrail-probe.ts', deep);
  console.log(`  relative import of server/src from components/scripts: ${inScripts.join(', ')}`);
  assert.ok(inScripts.includes('import-x/no-restricted-paths'), `path fence did not fire in scripts/: ${inScripts.join(', ')}`);
});

test('the lower layers may not reach up by path', async () => {
  const code = `import { SzElement } from '../../components/src/internal/sz-element.js';\nexport const base = SzElement;\n`;
  const fired = await ruleIds('packages/sdk/src/guardrail-probe.ts', code);
  console.log(`  relative import of components/src from sdk/src: ${fired.join(', ')}`);
  assert.ok(fired.includes('import-x/no-restricted-paths'), `path fence did not fire: ${fired.join(', ')}`);
});
