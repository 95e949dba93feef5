/** The actions Callboard runs, by id; any other action in a template is refused before it runs. */
import type { TemplateAction } from './action.ts';
import { catalogRegister, catalogWrite } from './catalog-actions.ts';
import { debugLog } from './debug-log.ts';
import { FETCH_ACTIONS } from './fetch-actions.ts';
import { notificationSend } from './notification-send.ts';
import { publishGithub } from './publish-github.ts';

export const ACTIONS: ReadonlyMap<string, TemplateAction> = new Map(
  [...FETCH_ACTIONS, publishGithub, catalogRegister, catalogWrite, debugLog, notificationSend].map((a) => [a.id, a]),
);

export const SUPPORTED_ACTIONS: readonly string[] = [...ACTIONS.keys()];
