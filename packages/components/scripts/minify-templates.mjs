// An esbuild plugin that minifies Lit's `css` and `html` tagged templates in the widgets' own sources
// (packages/components/src/**), which esbuild leaves as written. Used by esbuild-shared.mjs, so the CDN build and
// the size report measure the same bytes. Deliberately conservative — only changes that cannot alter what renders:
//
//   css`…`   comments removed (an empty `/**/` stays where one stood between two tokens); whitespace runs collapsed
//            to one space, and dropped next to `{ } ; ,` and after `:` (not before it: `a :hover` is a descendant
//            selector); `;` before `}` dropped. Quoted strings are copied as they are. A template whose string or
//            comment would span a `${}` hole, or that holds `\'`/`\"`, is left alone.
//   html`…`  a whitespace-only run containing a line break between a tag's `>` and the next `<` (both in the same
//            literal piece) becomes one space; whitespace between attributes inside a tag becomes one space (never
//            removed). Never touched: text content, attribute values, comments, the insides of <pre>, <textarea>,
//            <script>, <style>, <title>, and whitespace next to a `${}` hole in text.
//
// One space renders as the run did wherever `white-space` collapses (the widgets set only `nowrap`); source maps
// point into the rewritten text (esbuild embeds it), so lines inside a template shift there.
//
// The templates are found with TypeScript's parser (the tag must be an identifier imported from lit), so strings,
// comments, regular expressions and nested templates elsewhere in the file are never touched. `${}` holes are
// copied byte for byte: only the literal pieces between them change.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const litModule = /^(?:lit|lit-html|lit-element)(?:\/|$)|^@lit\//;
const rawTextElements = new Set(['pre', 'textarea', 'script', 'style', 'title']);

// ——— css ———

const dropBefore = new Set(['{', '}', ';', ',']);
const dropAfter = new Set(['{', '}', ';', ',', ':']);

/**
 * Minifies the literal pieces of one css template (the text between `${}` holes, as written in the source).
 * Returns undefined when a piece cannot be handled safely, and the template is then kept as it is.
 */
export function minifyCssPieces(pieces) {
  if (pieces.some((piece) => /\\["']/.test(piece))) return undefined;
  const out = [];
  const last = pieces.length - 1;
  for (const [index, piece] of pieces.entries()) {
    let result = '';
    let i = 0;
    let pendingSpace = false;
    /** Writes a token, deciding first whether the whitespace before it is needed. */
    const emit = (text) => {
      if (pendingSpace) {
        const prev = result.length > 0 ? result[result.length - 1] : index === 0 ? '' : 'hole';
        const needed = prev !== '' && !dropAfter.has(prev) && !dropBefore.has(text[0]);
        if (needed) result += ' ';
        pendingSpace = false;
      }
      result += text;
    };
    while (i < piece.length) {
      const c = piece[i];
      if (c === '/' && piece[i + 1] === '*') {
        const end = piece.indexOf('*/', i + 2);
        if (end < 0) return undefined; // the comment spans a hole
        const wsBefore = pendingSpace || (i > 0 && /\s/.test(piece[i - 1]));
        const wsAfter = end + 2 < piece.length && /\s/.test(piece[end + 2]);
        i = end + 2;
        // Next to whitespace a comment goes; between two tokens (`a/**/b`) it separates them without being
        // whitespace, so an empty one stays.
        if (!wsBefore && !wsAfter) emit('/**/');
        continue;
      }
      if (/\s/.test(c)) {
        while (i < piece.length && /\s/.test(piece[i])) i++;
        pendingSpace = true;
        continue;
      }
      if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < piece.length && piece[j] !== c && piece[j] !== '\n') j += piece[j] === '\\' ? 2 : 1;
        if (j >= piece.length || piece[j] !== c) return undefined; // the string spans a hole or a line
        emit(piece.slice(i, j + 1));
        i = j + 1;
        continue;
      }
      if (c === '\\') {
        // An escape (template or CSS level): copied with its character, and the whitespace after it kept as written
        // (it may end a CSS hex escape).
        emit(piece.slice(i, i + 2));
        i += 2;
        const ws = /^\s+/.exec(piece.slice(i));
        if (ws) {
          result += ws[0];
          i += ws[0].length;
        }
        continue;
      }
      if (c === '}' && result.endsWith(';') && !result.endsWith('\\;')) result = result.slice(0, -1);
      emit(c);
      i++;
    }
    // Whitespace at the end of a piece: before a hole it stays one space (the hole's text is unknown), except after
    // punctuation; at the very end of the template it goes.
    if (pendingSpace && index < last && result.length > 0 && !dropAfter.has(result[result.length - 1])) result += ' ';
    else if (pendingSpace && index < last && result.length === 0 && index > 0) result += ' ';
    out.push(result);
  }
  return out;
}

// ——— html ———

/**
 * Collapses whitespace-only text between a tag's `>` and the next `<` in the literal pieces of one html template.
 * A small tokenizer keeps its state across holes (a hole may sit inside a tag or an attribute value).
 */
export function minifyHtmlPieces(pieces) {
  let state = 'text'; // text | tag | comment | raw
  let quote = ''; // inside a tag: the quote of the attribute value being read
  let rawEnd = ''; // inside <pre> etc.: the closing tag to wait for
  let tagName = '';
  let readingName = false;
  return pieces.map((piece) => {
    let result = '';
    let i = 0;
    while (i < piece.length) {
      const c = piece[i];
      if (state === 'comment') {
        const end = piece.indexOf('-->', i);
        if (end < 0) {
          result += piece.slice(i);
          break;
        }
        result += piece.slice(i, end + 3);
        i = end + 3;
        state = 'text';
        continue;
      }
      if (state === 'raw') {
        const end = piece.toLowerCase().indexOf(rawEnd, i);
        if (end < 0) {
          result += piece.slice(i);
          break;
        }
        result += piece.slice(i, end);
        i = end;
        state = 'text';
        continue;
      }
      if (state === 'tag') {
        result += c;
        i++;
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") {
          quote = c;
          readingName = false;
        } else if (c === '>') {
          state = 'text';
          if (rawTextElements.has(tagName)) {
            state = 'raw';
            rawEnd = `</${tagName}`;
            continue;
          }
          // A whitespace-only run from here to the next `<`, in this piece: one space.
          const ws = /^\s+/.exec(piece.slice(i));
          if (ws && piece[i + ws[0].length] === '<' && /[\n\r]/.test(ws[0])) {
            result += ' ';
            i += ws[0].length;
          }
        } else if (/\s/.test(c)) {
          // Between attributes: one space is as good as a run (never removed: `a=${x} />` needs it).
          readingName = false;
          result = result.slice(0, -1) + ' ';
          while (i < piece.length && /\s/.test(piece[i])) i++;
        } else if (readingName) {
          if (/[a-zA-Z0-9-]/.test(c)) tagName += c.toLowerCase();
          else readingName = false;
        }
        continue;
      }
      // text
      if (c === '<' && piece.startsWith('<!--', i)) {
        state = 'comment';
        result += '<!--';
        i += 4;
        continue;
      }
      if (c === '<' && /[a-zA-Z/]/.test(piece[i + 1] ?? '')) {
        state = 'tag';
        quote = '';
        readingName = piece[i + 1] !== '/';
        tagName = '';
        result += c;
        i++;
        continue;
      }
      result += c;
      i++;
    }
    return result;
  });
}

// ——— finding the templates ———

/** The local names bound to lit's `css` and `html` in this file. */
function litTags(sourceFile) {
  const tags = new Map();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!litModule.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || statement.importClause.isTypeOnly) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (imported === 'css' || imported === 'html') tags.set(element.name.text, imported);
    }
  }
  return tags;
}

/** The literal pieces of a template, each with its start and end offsets in the source (inside the delimiters). */
function piecesOf(template, sourceFile) {
  const text = sourceFile.text;
  const span = (node, open, close) => {
    const start = node.getStart(sourceFile) + open;
    const end = node.end - close;
    return { start, end, text: text.slice(start, end) };
  };
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [span(template, 1, 1)];
  return [span(template.head, 1, 2), ...template.templateSpans.map((s) => span(s.literal, 1, ts.isTemplateTail(s.literal) ? 1 : 2))];
}

/** Returns the source with its lit templates minified, and how many were. */
export function minifyTemplatesInSource(source, fileName = 'file.ts') {
  if (!/\b(?:css|html)`/.test(source)) return { code: source, templates: 0 };
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const tags = litTags(sourceFile);
  if (tags.size === 0) return { code: source, templates: 0 };
  const edits = [];
  let templates = 0;
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text) && !node.typeArguments) {
      const pieces = piecesOf(node.template, sourceFile);
      const texts = pieces.map((p) => p.text);
      const minified = tags.get(node.tag.text) === 'css' ? minifyCssPieces(texts) : minifyHtmlPieces(texts);
      if (minified) {
        templates++;
        pieces.forEach((piece, i) => {
          if (minified[i] !== piece.text) edits.push({ start: piece.start, end: piece.end, text: minified[i] });
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  edits.sort((a, b) => b.start - a.start);
  let code = source;
  for (const edit of edits) code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  return { code, templates };
}

/**
 * The plugin. `include` decides which files are rewritten (default: packages/components/src/**\/*.ts); everything
 * else loads as usual. Results are cached by path and contents, so the several builds of a size report parse
 * each file once.
 */
export function minifyTemplatesPlugin({ include } = {}) {
  const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
  const filter = include ?? new RegExp(`^${srcDir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}.*\\.ts$`);
  const cache = new Map();
  return {
    name: 'minify-lit-templates',
    setup(build) {
      build.onLoad({ filter, namespace: 'file' }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        let cached = cache.get(args.path);
        if (cached?.source !== source) {
          cached = { source, code: minifyTemplatesInSource(source, args.path).code };
          cache.set(args.path, cached);
        }
        return { contents: cached.code, loader: 'ts', resolveDir: path.dirname(args.path) };
      });
    },
  };
}
