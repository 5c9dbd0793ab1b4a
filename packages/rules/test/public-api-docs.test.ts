import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import ts from 'typescript';
import { undocumentedExports } from './support/undocumented-exports.js';

/*
 * Every name a user can import from @shanzhi/rules carries a JSDoc comment. JSDoc rather than a listing in
 * docs/rules/*.md: the comment ships in the .d.ts and shows where the user is (the editor's hover), and the compiler
 * resolves every `export *`, alias and re-export to its declaration, where a search of the Markdown would match a name
 * in passing prose. docs/rules/*.md explain the rules; the comments are the reference.
 *
 * `undocumentedExports` lists the gaps this test found when it was written; it may only shrink: a new export without
 * a comment fails, and so does a listed one that has since been documented (take it off the list).
 */

const packageDir = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
};

/** Each public entry point (`.`, `./search-keys`, …) and its source file, from package.json's `shanzhi-source` condition. */
const entryPoints = Object.entries(manifest.exports).flatMap(([subpath, target]) => {
  const source = typeof target === 'object' ? target['shanzhi-source'] : undefined;
  return source === undefined ? [] : [{ subpath, file: new URL(source, packageDir).pathname }];
});

/** A name bound by destructuring (`export const [a, b] = …`) is documented by the comment on its statement. */
function commentedNode(declaration: ts.Declaration): ts.Node {
  let node: ts.Node = declaration;
  while (ts.isBindingElement(node) || ts.isArrayBindingPattern(node) || ts.isObjectBindingPattern(node)) node = node.parent;
  return ts.isVariableDeclaration(node) && ts.isVariableDeclarationList(node.parent) ? node.parent.parent : declaration;
}

function hasDocumentation(symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  const declarations = symbol.getDeclarations() ?? [];
  return (
    symbol.getDocumentationComment(checker).length > 0 ||
    declarations.some((declaration) => ts.getJSDocCommentsAndTags(commentedNode(declaration)).length > 0)
  );
}

/** `name` for the main entry point, `subpath:name` for the others (`./search-keys:searchKeys`). */
function exportsWithoutDocumentation(): string[] {
  const program = ts.createProgram(
    entryPoints.map((entry) => entry.file),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      resolveJsonModule: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  for (const entry of entryPoints) {
    const source = program.getSourceFile(entry.file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    assert.ok(moduleSymbol, `entry point ${entry.subpath} (${entry.file}) is a module`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!hasDocumentation(target, checker)) missing.push(entry.subpath === '.' ? exported.name : `${entry.subpath}:${exported.name}`);
    }
  }
  return missing.sort();
}

test('every export of @shanzhi/rules has a JSDoc comment (the listed gaps only shrink)', () => {
  const missing = exportsWithoutDocumentation();
  const known = new Set(undocumentedExports);
  const fresh = missing.filter((name) => !known.has(name));
  assert.deepEqual(fresh, [], 'exports without a JSDoc comment: document them (say why, cite the statute) or stop exporting them');
  const stale = undocumentedExports.filter((name) => !missing.includes(name));
  assert.deepEqual(stale, [], 'documented now or no longer exported: remove them from test/support/undocumented-exports.ts');
});

test('the documentation check finds an export without a comment', () => {
  // Guards the guard: a program with one commented and one bare export must report exactly the bare one.
  const host = ts.createCompilerHost({});
  const files: Record<string, string> = { '/virtual/entry.ts': '/** Documented. */\nexport const a = 1;\nexport const b = 2;\n' };
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files[name] ?? readFile(name);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name in files || fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => {
    const text = files[name];
    return text === undefined ? getSourceFile(name, version) : ts.createSourceFile(name, text, version);
  };
  const program = ts.createProgram(['/virtual/entry.ts'], { noEmit: true, types: [] }, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile('/virtual/entry.ts');
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  assert.ok(moduleSymbol);
  const bare = checker.getExportsOfModule(moduleSymbol).filter((symbol) => !hasDocumentation(symbol, checker));
  assert.deepEqual(
    bare.map((symbol) => symbol.name),
    ['b'],
  );
});
