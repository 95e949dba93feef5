#!/usr/bin/env node
// The `callboard` command. The only file with a side effect: everything else is importable.
import { main } from './main.ts';
import { nodeIo } from './cli-io.ts';

process.exitCode = await main(process.argv.slice(2), nodeIo());
