/**
 * Records ALL the story fixtures from the REAL reference server (seeded demo county, pinned clock), so the data the
 * stories show can never drift from the contract or the seed: `stories/fixtures/*.json`, served by MSW
 * (`stories/msw/*-handlers.ts`).
 *
 *   npm run fixtures:stories                    every recorder of ./fixtures/recorders.ts, in order
 *   npm run fixtures:stories -- catalogue …     only the named ones
 *
 * (= node --conditions=shanzhi-source --import tsx packages/components/scripts/fixtures.ts [name …])
 * Deterministic: the same seed, clock and randomness give byte-identical files, so a diff means the server changed.
 * A new widget's recorder goes in ./fixtures/<widget>.ts and one line of ./fixtures/recorders.ts.
 */
import { recordAll } from './fixtures/record.js';
import { recorders } from './fixtures/recorders.js';

const names = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = names.filter((name) => !recorders.some((recorder) => recorder.name === name));
if (unknown.length > 0) {
  console.error(`No recorder named ${unknown.join(', ')}; the recorders are ${recorders.map((recorder) => recorder.name).join(', ')}.`);
  process.exit(2);
}
await recordAll(names.length === 0 ? recorders : recorders.filter((recorder) => names.includes(recorder.name)));
