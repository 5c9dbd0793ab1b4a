import { copyTree } from './copy-tree.js';
import { hasRawPersonalData, scrubPersonalData } from './personal-data-text.js';

/** Where a raw number sits: keys and indexes from the root (a key that itself holds one is `<key #n>`). */
export type PersonalDataPath = readonly (string | number)[];

/**
 * Every place in a value that holds an unmasked mainland mobile or resident ID number: strings, integers and
 * object keys are searched. A key is reported as `<key #n>` of its object so the path never repeats the number.
 * Names cannot be recognised this way.
 */
export function findRawPersonalData(value: unknown): PersonalDataPath[] {
  const found: PersonalDataPath[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown, path: (string | number)[]): void => {
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
        visit(item, [...path, index]);
      });
      return;
    }
    Object.entries(node).forEach(([key, item], index) => {
      if (hasRawPersonalData(key)) {
        const hidden = `<key #${String(index)}>`;
        found.push([...path, hidden]);
        visit(item, [...path, hidden]);
      } else {
        visit(item, [...path, key]);
      }
    });
  };
  visit(value, []);
  return found;
}

function pathText(path: PersonalDataPath): string {
  let text = '$';
  for (const part of path) {
    if (typeof part === 'number') text += `[${String(part)}]`;
    else text += /^[A-Za-z_$][\w$]*$/.test(part) || part.startsWith('<key #') ? `.${part}` : `[${JSON.stringify(part)}]`;
  }
  return text;
}

/**
 * Paths ('$', '$.parties[0].phone') of every unmasked mainland mobile or resident ID number in a value (see
 * `findRawPersonalData`). Servers and tests use it to prove a response, event or log entry is free of raw
 * personal data.
 */
export function containsRawPersonalData(value: unknown): string[] {
  return findRawPersonalData(value).map(pathText);
}

/**
 * A copy of a JSON value with every raw mobile and resident ID number masked where it stands (strings and keys;
 * an integer that is one becomes its masked string). For the last line of defence on a response: one stray
 * number typed into a free-text field is hidden, and the rest of a list is still served.
 */
export function scrubRawPersonalData<T>(value: T): T {
  const scalar = (text: string) => (hasRawPersonalData(text) ? scrubPersonalData(text) : text);
  return copyTree(value, null, {
    scalar,
    bigints: true,
    shareRepeats: true,
    record: (node, copy, state, walk) => {
      for (const [key, item] of Object.entries(node)) copy[scalar(key)] = walk(item, state);
    },
  }) as T;
}
