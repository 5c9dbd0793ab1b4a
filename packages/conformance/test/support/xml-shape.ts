/**
 * A small well-formedness check of an XML document (no parser in the dependencies): one root element, every tag closed
 * in order, attribute values quoted, and no raw `<` or stray `&` in text. Enough to prove that a CI server will read
 * the kit's JUnit file; returns the problems found (empty when well-formed).
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '').replace(/<!--[\s\S]*?-->/g, '');
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g;
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  const text = (from: number, to: number) => {
    const chunk = body.slice(from, to);
    if (chunk.includes('<')) problems.push(`a "<" that opens no tag near ${JSON.stringify(chunk.slice(0, 60))}`);
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(chunk))
      problems.push(`an unescaped "&" near ${JSON.stringify(chunk.slice(0, 60))}`);
    if (open.length === 0 && chunk.trim() !== '') problems.push('text outside the root element');
  };
  for (const match of body.matchAll(tag)) {
    text(at, match.index);
    at = match.index + match[0].length;
    const [, closing, name = '', , selfClosing] = match;
    if (closing === '/') {
      const expected = open.pop();
      if (expected !== name) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`);
    } else {
      if (open.length === 0) roots += 1;
      if (selfClosing !== '/') open.push(name);
    }
  }
  text(at, body.length);
  if (open.length > 0) problems.push(`unclosed: ${open.join(' > ')}`);
  if (roots !== 1) problems.push(`${String(roots)} root elements`);
  return problems;
}
