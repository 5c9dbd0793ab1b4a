#!/usr/bin/env node
/**
 * `shanzhi-conformance`: checks a backend against the contract from a terminal or a CI job. Exit codes: 0 nothing
 * failed, 1 a check failed, 2 a usage error, 3 the backend cannot be reached. Tokens are never printed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { CONTRACT_VERSION } from '@shanzhi/sdk';
import { parseCliArgs, usage, UsageError } from './cli-args.js';
import { toJUnitXml } from './report/junit.js';
import { toMarkdown } from './report/markdown.js';
import { runConformance } from './runner.js';
import { DiscoveryFailure } from './samples.js';
import type { CheckResult } from './types.js';

const out = (text: string) => process.stdout.write(text);

function write(file: string, text: string): string {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`shanzhi-conformance: ${error.message}\nRun shanzhi-conformance --help for the flags.\n`);
    return 2;
  }
  if (command.kind === 'help') {
    out(usage);
    return 0;
  }
  if (command.kind === 'version') {
    // src/cli.ts and dist/cli.js both sit one folder below the package.json.
    const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
    out(`${version} (contract ${CONTRACT_VERSION})\n`);
    return 0;
  }
  const { options, quiet } = command;
  const roles = Object.keys(options.tokens ?? {});
  out(
    `Checking ${options.baseUrl} against contract ${CONTRACT_VERSION} as ${roles.length === 0 ? 'the public only (no --token)' : roles.join(', ')}${
      options.readOnly === true || options.village === undefined ? ', read-only' : `, writing test records in ${options.village}`
    }\n`,
  );
  let dots = 0;
  const onResult = (result: CheckResult) => {
    if (result.outcome === 'passed' && !quiet) {
      out('.');
      dots += 1;
    }
    if (result.outcome === 'failed') {
      out(`${dots > 0 ? '\n' : ''}FAIL ${result.id}: ${result.message ?? ''}\n`);
      dots = 0;
    }
  };
  let report;
  try {
    report = await runConformance({ ...options, onResult });
  } catch (error) {
    if (!(error instanceof DiscoveryFailure)) throw error;
    process.stderr.write(`shanzhi-conformance: ${error.message}\n`);
    return error.kind === 'unreachable' ? 3 : 2;
  }
  if (dots > 0) out('\n');
  const junit = write(command.junit, toJUnitXml(report));
  const markdown = write(command.report, toMarkdown(report));
  const { passed, failed, skipped } = report.counts;
  out(
    [
      `${String(passed)} passed, ${String(failed)} failed, ${String(skipped)} skipped in ${(report.ms / 1000).toFixed(1)} s (backend speaks contract ${report.serverVersion ?? 'unknown'})`,
      `JUnit XML: ${junit}`,
      `Report:    ${markdown}`,
      '',
    ].join('\n'),
  );
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `shanzhi-conformance: the kit failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
