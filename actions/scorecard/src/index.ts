// The action's entry point: the only file with a side effect. Tests run the bundle (dist/scorecard/index.js).
import * as core from '@actions/core';
import { run } from './main.ts';

await run({
  env: process.env,
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  log: (text) => void process.stdout.write(text),
  writeSummary: async (markdown) => void (await core.summary.addRaw(markdown, true).write()),
  setFailed: (message) => core.setFailed(message),
});
