/**
 * How `copyTree` treats one kind of walk. `State` is what a node passes down to its children (redaction: whether
 * the viewer is the subject of what is above).
 */
export interface TreeCopier<State> {
  /** The text a string (or an integer, as its decimal digits) becomes; an integer whose text is kept stays a number. */
  readonly scalar: (text: string, state: State) => string;
  /** Whether bigints are read as integers too (else they come back as they are). */
  readonly bigints: boolean;
  /**
   * Whether an object met again outside a cycle gives the copy already made (the copy shares as the input does)
   * or is copied afresh, because what its copy shows depends on the state it is reached with.
   */
  readonly shareRepeats: boolean;
  /** Fills the plain-object copy of a record; `walk` copies a child. */
  readonly record: (node: object, copy: Record<string, unknown>, state: State, walk: (child: unknown, state: State) => unknown) => void;
}

/**
 * A non-mutating copy of a JSON-like value for the personal-data passes: arrays stay arrays, dates and other
 * non-plain values come back as they are, records become plain objects. A cycle comes back as the copy under way,
 * so a self-referencing input gives a self-referencing copy instead of overflowing the stack.
 */
export function copyTree<State>(root: unknown, state: State, copier: TreeCopier<State>): unknown {
  const copies = new Map<object, unknown>();
  const walk = (node: unknown, at: State): unknown => {
    if (typeof node === 'string') return copier.scalar(node, at);
    if ((typeof node === 'number' && Number.isInteger(node)) || (copier.bigints && typeof node === 'bigint')) {
      const text = String(node);
      const scrubbed = copier.scalar(text, at);
      return scrubbed === text ? node : scrubbed;
    }
    if (typeof node !== 'object' || node === null || node instanceof Date) return node;
    const existing = copies.get(node);
    if (existing !== undefined) return existing;
    const copy: unknown[] | Record<string, unknown> = Array.isArray(node) ? [] : {};
    copies.set(node, copy);
    if (Array.isArray(copy)) for (const item of node as unknown[]) copy.push(walk(item, at));
    else copier.record(node, copy, at, walk);
    if (!copier.shareRepeats) copies.delete(node);
    return copy;
  };
  return walk(root, state);
}
