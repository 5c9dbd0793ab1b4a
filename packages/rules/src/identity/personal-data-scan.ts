import { hasRawPersonalData } from './personal-data-text.js';

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Paths ('$', '$.parties[0].phone') of every unmasked mainland mobile or resident ID number in a
 * value: strings, integers and object keys are searched. A key is reported as `<key #n>` of its
 * object so the path itself never repeats the number. Servers and tests use it to prove a
 * response, event or log entry is free of raw personal data; names cannot be recognised this way.
 */
export function containsRawPersonalData(value: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      if (hasRawPersonalData(node)) found.push(path);
      return;
    }
    if ((typeof node === 'number' && Number.isInteger(node)) || typeof node === 'bigint') {
      if (hasRawPersonalData(String(node))) found.push(path);
      return;
    }
    if (typeof node !== 'object' || node === null || node instanceof Date || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      (node as unknown[]).forEach((item, index) => {
        visit(item, `${path}[${String(index)}]`);
      });
      return;
    }
    Object.entries(node).forEach(([key, item], index) => {
      if (hasRawPersonalData(key)) {
        found.push(`${path}.<key #${String(index)}>`);
        visit(item, `${path}.<key #${String(index)}>`);
      } else {
        visit(item, childPath(path, key));
      }
    });
  };
  visit(value, '$');
  return found;
}
