// Marks the calls that build module-level constants in @shanzhi/rules and @shanzhi/sdk as pure (`/* @__PURE__ */`),
// for the browser bundles only (the CDN build and the size report: esbuild-shared.mjs).
//
// Why: those packages define their zod schemas beside the functions the widgets use (trackingCodeSchema next to
// formatTrackingCode). zod marks its functions @__NO_SIDE_EFFECTS__, but esbuild honours that only for calls without
// arguments, so `z.object({ … })` and `z.string().check(…)` stay in every bundle that uses any function of the file —
// and with them zod. Annotated, an unused schema is dropped and zod leaves every widget that does not validate a form.
//
// Only initializers of top-level `const`/`let`/`var` are touched: building a value has no effect beyond the value,
// so dropping an unused one changes nothing. The sources stay unannotated (another
// bundler, e.g. Rollup, honours @__NO_SIDE_EFFECTS__ with arguments).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

/** Whether building this value calls anything (a constant without calls is already dropped when unused). */
function callsSomething(node) {
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) return true;
  return ts.forEachChild(node, callsSomething) === true;
}

/**
 * The source with every top-level initializer that calls something wrapped in a pure arrow: `const a = f(x.y)`
 * becomes `const a = /* @__PURE__ *\/ (() => f(x.y))()`. Marking only the call would not do: esbuild still keeps
 * its arguments when they might have effects (a property read such as `z.regexes.domain`, a nested call).
 */
export function annotatePure(source, fileName = 'file.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const destructured = pureDestructuring(statement, file);
    if (destructured) {
      edits.push(destructured);
      continue;
    }
    for (const { initializer } of statement.declarationList.declarations) {
      if (!initializer || !callsSomething(initializer) || /\bawait\b/.test(initializer.getText(file))) continue;
      edits.push([initializer.getStart(file), '/* @__PURE__ */ (() => ('], [initializer.getEnd(), '))()']);
    }
  }
  let out = source;
  for (const [at, text, end = at] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, at) + text + out.slice(end);
  return out;
}

/**
 * `export const { a, b: c } = refs;` (the SDK's browser routes) as one pure read per name:
 * `export const a = /* @__PURE__ *\/ (() => refs.a)(), c = /* @__PURE__ *\/ (() => refs.b)();`. esbuild keeps a
 * destructuring whenever its module is bundled (reading a property might run a getter), so every widget carried
 * every route reference; reading a plain object built in the same module runs nothing. Only the plain form (one
 * declaration, an identifier on the right, no defaults, no rest, no nesting) is rewritten; the edit replaces the
 * declaration list.
 */
function pureDestructuring(statement, file) {
  const { declarations } = statement.declarationList;
  if (declarations.length !== 1) return undefined;
  const [declaration] = declarations;
  if (!ts.isObjectBindingPattern(declaration.name) || !declaration.initializer || !ts.isIdentifier(declaration.initializer))
    return undefined;
  const source = declaration.initializer.text;
  const parts = [];
  for (const element of declaration.name.elements) {
    if (element.initializer || element.dotDotDotToken || !ts.isIdentifier(element.name)) return undefined;
    const property = element.propertyName ?? element.name;
    if (!ts.isIdentifier(property)) return undefined;
    parts.push(`${element.name.text} = /* @__PURE__ */ (() => ${source}.${property.text})()`);
  }
  return [declaration.getStart(file), parts.join(', '), declaration.getEnd()];
}

/**
 * A barrel (a module of re-exports only) with `export { a, b } from './x.js'` turned into `export * from './x.js'`.
 * esbuild follows a named re-export as an import even when nothing uses the name, so with code splitting a widget
 * that needs one function of `@shanzhi/rules` would share a chunk with every module its barrels name — zod
 * included. A star re-export is followed only for the names used. Renaming re-exports (`a as b`) stay as written.
 */
export function starBarrel(source, fileName = 'file.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const reexports = file.statements.filter((s) => ts.isExportDeclaration(s) && s.moduleSpecifier);
  if (reexports.length === 0 || reexports.length !== file.statements.length) return source;
  let out = source;
  for (const statement of [...reexports].reverse()) {
    const clause = statement.exportClause;
    if (!clause || !ts.isNamedExports(clause) || clause.elements.some((e) => e.propertyName)) continue;
    const star = `export * from ${statement.moduleSpecifier.getText(file)};`;
    out = out.slice(0, statement.getStart(file)) + star + out.slice(statement.getEnd());
  }
  return out;
}

/** The esbuild plugin: `packageDirs` are the packages whose src/ it annotates, `starBarrels` those whose barrels it rewrites. */
export function pureAnnotationsPlugin(packageDirs, { starBarrels = [] } = {}) {
  const barrels = new RegExp(
    `^(?:${starBarrels.map((dir) => path.join(dir, 'src').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|') || '(?!)'})/`,
  );
  const escaped = packageDirs.map((dir) => path.join(dir, 'src').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const filter = new RegExp(`^(?:${escaped.join('|')})/.*\\.ts$`);
  return {
    name: 'pure-annotations',
    setup(build) {
      build.onLoad({ filter, namespace: 'file' }, async (args) => ({
        contents: barrels.test(args.path)
          ? starBarrel(annotatePure(await readFile(args.path, 'utf8'), args.path), args.path)
          : annotatePure(await readFile(args.path, 'utf8'), args.path),
        loader: 'ts',
      }));
    },
  };
}
