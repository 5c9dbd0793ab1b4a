// The reference server from source (`node --conditions=shanzhi-source --import tsx packages/server/src/main.ts`). Demo mode
// by default (the demo county on http://localhost:8080, or PORT); SHANZHI_MODE=production for a real deployment.
// Every setting is an environment variable, validated here first. Deployed, the same runs as `shanzhi-server serve`.
import { configOrReport } from './cli/config.js';
import { runServe } from './cli/serve.js';

const config = configOrReport(process.env, 'The server did not start');
if (config === undefined) process.exit(2);
await runServe(config);
