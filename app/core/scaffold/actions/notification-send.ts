/**
 * `notification:send` (Backstage's notifications plugin): on GitHub the person who asked is told on
 * the issue that asked, so the notification's title and text join the app's answer there (and
 * `callboard scaffold` prints them). Recipients are Backstage's idea of who to notify; GitHub already
 * notifies the author and its subscribers.
 */
import { requiredString, stringInput, type TemplateAction } from './action.ts';

export const notificationSend: TemplateAction = {
  id: 'notification:send',
  run(input, context) {
    const title = requiredString(input, 'title', this.id);
    const info = stringInput(input, 'info', this.id);
    const link = stringInput(input, 'link', this.id);
    context.requests.notifications.push({ title, ...(info ? { info } : {}), ...(link ? { link } : {}) });
  },
};
