// `cem analyze --litelement` (run in packages/components) → custom-elements.json: the element docs Storybook's
// tables, IDE plugins and React-wrapper generators read. JSDoc on the element classes is the single source.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

/**
 * Where the manifest and frameworks/ are written: the package itself, or another folder for the staleness test
 * (test/manifest-fresh.test.ts), which compares a fresh run with the committed files.
 */
// The analyzer joins `outdir` to the working directory even when it is absolute, hence the relative path.
const outdir = process.env.SZ_CEM_OUTDIR ? path.relative(process.cwd(), process.env.SZ_CEM_OUTDIR) : '.';

/**
 * Elements register through `defineElement('sz-x', SzX)` (tolerates a second copy of the bundle on the page), which
 * the analyzer does not recognise as `customElements.define`; this records those calls as custom-element definitions.
 */
function defineElementCalls() {
  return {
    name: 'shanzhi-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const source = node.getSourceFile();
      let module = moduleDoc.path;
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const names = statement.importClause?.namedBindings;
        if (names && ts.isNamedImports(names) && names.elements.some((element) => element.name.text === klass.text))
          module = path.posix.join(path.posix.dirname(moduleDoc.path), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
      }
      moduleDoc.exports ??= [];
      if (!moduleDoc.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag.text))
        moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } });
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer also reads the generic `customElements.define(name, element)` inside defineElement itself.
      for (const moduleDoc of customElementsManifest.modules)
        moduleDoc.exports = moduleDoc.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || entry.name.startsWith('sz-'),
        );
    },
  };
}

/**
 * Only the public API goes into the manifest (and so into Storybook's Controls, the IDE data and the framework
 * typings): TypeScript `private`/`protected` members — a widget's state, handlers, render helpers, the base class's
 * plumbing — are dropped before inheritance copies them into every widget. Public members that are not API carry
 * `@internal` (or `@ignore`), which the analyzer itself already leaves out.
 */
function publicApiOnly() {
  return {
    name: 'shanzhi-public-api-only',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        declaration.members = declaration.members?.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected');
      }
    },
  };
}

/** The analyzer lists modules in file-system order, which differs between machines; a committed file must not. */
function sortedModules() {
  return {
    name: 'shanzhi-sorted-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/**
 * frameworks/vue-components.d.ts: each element a Vue `DefineComponent` of its props, which the hand-written vue.d.ts
 * hands to Vue's `GlobalComponents` (as react-jsx.d.ts hands jsx.d.ts to React). The props are those of jsx.d.ts
 * (written from the same manifest just before), imported rather than written out a second time; the mapped type keeps
 * jsx.d.ts's description of each tag for the editor's hover.
 */
function vueComponentTypings(elements) {
  const props = elements.map((element) => `${element.name}Props`);
  return `import type { DefineComponent } from "vue";
import type {
  CustomElements as JsxElements,
${props.map((name) => `  ${name},`).join('\n')}
} from "./jsx.js";

/** Each element's own props (the JSX ones without React's \`key\`, \`ref\`, \`className\`…). */
type Props = {
${elements.map((element, i) => `  "${element.tagName}": ${props[i]};`).join('\n')}
};

export type CustomElements = { [Tag in keyof JsxElements]: DefineComponent<Props[Tag]> };
`;
}

/**
 * The props every element inherits unchanged from a base class (`api-base`, `locale`, `elder`, `getToken` of
 * SzElement), so that jsx.d.ts writes them once, as `SzElementProps`, instead of again in each element's props. A member
 * counts as inherited unchanged when the base declares it with the same description: the analyzer also marks as
 * inherited a member a desk redeclares with its own words (StaffDesk's abstract `village`), which stays the desk's own.
 * Gives the JSX generator's copy of the manifest without those members, and what `sharedJsxProps` needs.
 */
function withoutInheritedProps(manifest) {
  const declarations = manifest.modules.flatMap((moduleDoc) => moduleDoc.declarations ?? []);
  const classes = new Map(declarations.filter((declaration) => declaration.kind === 'class').map((one) => [one.name, one]));
  const unchanged = (entry, kind) =>
    entry.inheritedFrom !== undefined &&
    classes.get(entry.inheritedFrom.name)?.[kind]?.some((own) => own.name === entry.name && own.description === entry.description);
  const bases = new Map();
  const stripped = structuredClone(manifest);
  for (const moduleDoc of stripped.modules) {
    for (const declaration of moduleDoc.declarations ?? []) {
      if (!declaration.customElement) continue;
      const inherited = [...(declaration.attributes ?? []), ...(declaration.members ?? [])]
        .filter((entry) => unchanged(entry, entry.fieldName === undefined ? 'members' : 'attributes'))
        .map((entry) => entry.inheritedFrom.name);
      const [base, ...others] = new Set(inherited);
      if (base === undefined) continue;
      if (others.length > 0) throw new Error(`${declaration.name} inherits props from ${[base, ...others].join(' and ')}`);
      bases.set(declaration.name, classes.get(base));
      declaration.attributes = declaration.attributes?.filter((entry) => !unchanged(entry, 'attributes'));
      declaration.members = declaration.members?.filter((entry) => !unchanged(entry, 'members'));
    }
  }
  return { stripped, bases };
}

/**
 * jsx.d.ts as the generator wrote it from `withoutInheritedProps`' manifest, with each base's props written once
 * (`<Base>Props`, in the generator's form: attributes by attribute name, settable properties by property name) and
 * each element's props extending its base's. The bases are imported from the package's index, as the elements are,
 * with `imports` (the types the manifest's copy names without importing them).
 */
function sharedJsxProps(text, bases, fromDist, imports) {
  const used = [...new Map([...bases.values()].map((base) => [base.name, base])).values()];
  const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
  const prop = (base, name, field, description) => `  /** ${description ?? ''} */\n  ${key(name)}?: ${base.name}["${field}"];`;
  const types = used.map((base) => {
    const attributes = (base.attributes ?? []).map((one) => prop(base, one.name, one.fieldName, one.description));
    const properties = (base.members ?? [])
      .filter((one) => one.kind === 'field' && !one.readonly && !one.static && !one.attribute)
      .map((one) => prop(base, one.name, one.name, one.description));
    return `/** What every element inherits from ${base.name}. */\ntype ${base.name}Props = {\n${[...attributes, ...properties].join('\n')}\n};\n`;
  });
  let typed = text.replace('type BaseEvents = {};\n', (line) => `${line}\n${types.join('\n')}`);
  for (const [element, base] of bases)
    typed = typed.replace(`export type ${element}Props = {`, `export type ${element}Props = ${base.name}Props & {`);
  // The generator leaves a blank line where an element's settable properties were (getToken was the only one).
  typed = typed.replace(/^export type \w+Props = [^\n]*\{\n[\s\S]*?\n\};$/gm, (props) => props.replace(/\n\n/g, '\n'));
  return `import type { ${[...used.map((base) => base.name), ...imports].join(', ')} } from "${fromDist}";\n${typed}`;
}

/**
 * frameworks/: React 19 JSX `IntrinsicElements` props (jsx.d.ts, wired into React by react-jsx.d.ts), Vue
 * components (vue-components.d.ts, on top of jsx.d.ts, wired into Vue by vue.d.ts) and VS Code's HTML/CSS custom
 * data, from the manifest by the cem-tools generators.
 * They get a copy of the manifest (two of them would otherwise write their own fields into custom-elements.json)
 * with two corrections: read-only getters (`effectiveLocale`, `client`) are not props one can set, and each event's
 * detail type comes from the one event map (`SzEventDetails` in src/internal/events.ts, which jsx.d.ts imports) instead
 * of `never`.
 */
function frameworkTypings() {
  const frameworksDir = path.join(outdir, 'frameworks');
  const fromDist = '../dist/index.js';
  return {
    name: 'shanzhi-framework-typings',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      for (const moduleDoc of manifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (!declaration.customElement) continue;
          declaration.members = declaration.members?.filter((member) => !member.readonly);
          for (const event of declaration.events ?? [])
            if (event.name.startsWith('sz-')) event.type = { text: `SzEventDetails["${event.name}"]` };
        }
      }
      const common = { outdir: frameworksDir, globalTypePath: fromDist, hideLogs: true };
      const { stripped, bases } = withoutInheritedProps(manifest);
      generateJsxTypes(stripped, { ...common, fileName: 'jsx.d.ts' });
      const jsxFile = path.join(frameworksDir, 'jsx.d.ts');
      writeFileSync(jsxFile, sharedJsxProps(readFileSync(jsxFile, 'utf8'), bases, fromDist, ['SzEventDetails']));
      const elements = manifest.modules
        .flatMap((moduleDoc) => moduleDoc.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName);
      mkdirSync(frameworksDir, { recursive: true });
      writeFileSync(path.join(frameworksDir, 'vue-components.d.ts'), vueComponentTypings(elements));
      generateVsCodeCustomElementData(manifest, {
        outdir: frameworksDir,
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
        hideLogs: true,
      });
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir,
  litelement: true,
  // package.json already names the manifest (`customElements`); the analyzer must not rewrite the file.
  packagejson: false,
  dev: false,
  plugins: [defineElementCalls(), publicApiOnly(), sortedModules(), frameworkTypings()],
};
