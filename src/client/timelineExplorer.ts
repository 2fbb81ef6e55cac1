import { mountTimeline } from './timeline';

/**
 * `<timeline-explorer>`: enhances the server-drawn timeline inside it (the
 * element marked `data-timeline`) when the browser connects it, and removes
 * every listener it added, with one abort, when the browser disconnects it.
 */
class TimelineExplorer extends HTMLElement {
  #abort: AbortController | null = null;

  connectedCallback(): void {
    const root = this.querySelector<HTMLElement>('[data-timeline]');
    if (!root || this.#abort) return;
    this.#abort = new AbortController();
    mountTimeline(root, this.#abort.signal).catch((error: unknown) => {
      // An abort while the model loads is a removal, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
    });
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    this.#abort = null;
  }
}

if (!customElements.get('timeline-explorer')) customElements.define('timeline-explorer', TimelineExplorer);
