// `makerdesk` from the sources, for tests that start real server processes (node --import tsx).
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
