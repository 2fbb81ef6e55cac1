/** Writes the explorer's view into the address bar. */
export interface UrlSync {
  /** Replaces the entry after a quiet moment (typing, zooming): one history write per pause. */
  soon(): void;
  /** Writes now: a new entry when `push` (a discrete step, so Back returns), else in place. */
  now(push: boolean): void;
  /** Forgets a pending write. */
  cancel(): void;
}

/**
 * Keeps the URL in step with a view. The address is read from `href` when it
 * is written, not when the write was asked for: a delayed write after a
 * search must not put back a URL from before the reader picked an event.
 */
export function urlSync(win: Window, href: () => string, delay = 250): UrlSync {
  let timer = 0;
  const cancel = () => win.clearTimeout(timer);
  return {
    soon() {
      cancel();
      timer = win.setTimeout(() => win.history.replaceState(null, '', href()), delay);
    },
    now(push) {
      cancel();
      if (push) win.history.pushState(null, '', href());
      else win.history.replaceState(null, '', href());
    },
    cancel,
  };
}
