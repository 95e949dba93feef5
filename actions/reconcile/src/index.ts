// The action's entry point: the only file with a side effect. Tests run the bundle (dist/<action>/index.js).
import { runnerIo } from '../../shared/action-io.ts';
import { run } from './main.ts';

await run(runnerIo());
