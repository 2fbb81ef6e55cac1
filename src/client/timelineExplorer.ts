import { defineIsland } from './defineIsland';
import { mountTimeline } from './timeline';

/**
 * `<timeline-explorer>`: enhances the server-drawn timeline inside it (the
 * element marked `data-timeline`) when the browser connects it, and removes
 * every listener it added, with one abort, when the browser disconnects it.
 */
defineIsland('timeline-explorer', {
  read: (el) => el.querySelector<HTMLElement>('[data-timeline]'),
  mount: (_el, root, signal) => mountTimeline(root, signal),
});
