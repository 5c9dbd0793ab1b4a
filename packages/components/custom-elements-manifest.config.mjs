// `cem analyze --litelement` (run in packages/components) → custom-elements.json: the element docs Storybook's
// tables, IDE plugins and React-wrapper generators read. JSDoc on the element classes is the single source.
import path from 'node:path';

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
        moduleDoc.exports = moduleDoc.exports?.filter((entry) => entry.kind !== 'custom-element-definition' || entry.name.startsWith('sz-'));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest (`customElements`); the analyzer must not rewrite the file.
  packagejson: false,
  dev: false,
  plugins: [defineElementCalls()],
};
