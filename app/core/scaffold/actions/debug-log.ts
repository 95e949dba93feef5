/** `debug:log`: the message (and the workspace's file list) in the run's log. */
import { stringInput, type TemplateAction } from './action.ts';

export const debugLog: TemplateAction = {
  id: 'debug:log',
  run(input, context) {
    const message = stringInput(input, 'message', this.id);
    if (message) context.log(message);
    if (input.listWorkspace)
      context.log(`Workspace:\n${[...context.workspace.files.keys()].map((p) => `  - ${p}`).join('\n')}`);
  },
};
