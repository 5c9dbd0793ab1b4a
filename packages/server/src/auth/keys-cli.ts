// `npm run keys -- …`: service API keys (see keys-command.ts; the deployed form is `shanzhi-server keys …`).
import { runKeysCommand } from './keys-command.js';

process.exitCode = await runKeysCommand(process.argv.slice(2));
