import { readConfig } from '../config/from-env.js';
import type { ServerConfig } from '../config/server-config.js';

/**
 * The validated settings from the environment, or `undefined` after printing every problem (the caller exits 2).
 * `headline` names what did not happen: "The server did not start", "shanzhi-server migrate did not run".
 */
export function configOrReport(env: NodeJS.ProcessEnv, headline: string): ServerConfig | undefined {
  const result = readConfig(env);
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  if (result.ok) return result.config;
  console.error(`${headline}: ${String(result.errors.length)} setting${result.errors.length === 1 ? ' is' : 's are'} wrong.`);
  for (const error of result.errors) console.error(`  - ${error}`);
  console.error('See docs/server-operations.md#security for every setting.');
  return undefined;
}
