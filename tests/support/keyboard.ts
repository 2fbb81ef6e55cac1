import type { Page } from 'playwright-core';

/** One place the Tab key stopped. */
export interface TabStop {
  /** Stable key of the control (`radio:<name>` for a radio group). */
  key: string;
  /** Tag, id or classes and text, for failure messages. */
  label: string;
  /** Why the focus is not visible there (no outline or box-shadow, off screen), or null. */
  problem: string | null;
}

/** What a keyboard-only walk through a page found. */
export interface KeyboardWalk {
  /** Every stop, in order. */
  stops: TabStop[];
  /** Controls a reader can see that Tab never reached. */
  unreached: string[];
  /** Stops where the focused element had no visible focus indicator. */
  invisibleFocus: string[];
}

export interface WalkOptions {
  /** Only controls inside this selector must be reached (the stops still cover the whole page). */
  within?: string;
  /** Press Enter on every closed `<details>` summary Tab reaches, so the controls inside are walked too. */
  expandDetails?: boolean;
  /** Presses before giving up (the walk ends when focus leaves the page or returns to the first stop). */
  maxPresses?: number;
}

/**
 * Marks every control a keyboard reader should reach: links, buttons, form
 * fields, summaries and anything with a non-negative tabindex, that is rendered,
 * enabled and not inert. Radios of one group share a key (Tab enters a group once).
 */
const MARK = (within: string) => {
  const selector =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable=""], [contenteditable="true"], [tabindex]';
  const root = document.querySelector(within) ?? document.body;
  const marked: { key: string; label: string }[] = [];
  let n = Number(document.documentElement.dataset['kbNext'] ?? 0);
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    if (el.tabIndex < 0 || (el as HTMLInputElement).disabled || el.closest('[inert]')) continue;
    if (!el.checkVisibility({ visibilityProperty: true }) || el.getClientRects().length === 0) continue;
    if (el.dataset['kb'] === undefined) {
      const radio = el instanceof HTMLInputElement && el.type === 'radio' && el.name;
      el.dataset['kb'] = radio ? `radio:${el.name}` : String(n++);
    }
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const name = el.id ? `#${el.id}` : [el.tagName.toLowerCase(), ...el.classList].join('.');
    marked.push({ key: el.dataset['kb'], label: `${name} "${text}"` });
  }
  document.documentElement.dataset['kbNext'] = String(n);
  return marked;
};

/** Reads the focused element: its key and whether a sighted reader can see where focus is. */
const INSPECT = () => {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const outline =
    style.outlineStyle !== 'none' &&
    parseFloat(style.outlineWidth) > 0 &&
    !/rgba\(.*,\s*0\)|transparent/.test(style.outlineColor);
  const shadow = style.boxShadow !== 'none';
  const r = el.getBoundingClientRect();
  const onScreen =
    r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const name = el.id ? `#${el.id}` : [el.tagName.toLowerCase(), ...el.classList].join('.');
  return {
    key: el.dataset['kb'] ?? `unmarked:${name}`,
    label: `${name} "${text}"`,
    problem: !outline && !shadow ? 'no outline or box-shadow' : !onScreen ? 'off screen' : null,
    closedSummary: el.tagName === 'SUMMARY' && !(el.parentElement as HTMLDetailsElement | null)?.open,
  };
};

/**
 * Walks a page with the Tab key only, from the top, and checks that every
 * control a reader can see is reached and shows where focus is. For the
 * chapter, timeline and comparative-chart keyboard tests.
 */
export async function walkWithTab(page: Page, options: WalkOptions = {}): Promise<KeyboardWalk> {
  const within = options.within ?? 'body';
  const expected = new Map((await page.evaluate(MARK, within)).map((c) => [c.key, c.label]));
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: TabStop[] = [];
  const max = options.maxPresses ?? expected.size * 2 + 50;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(INSPECT);
    if (!stop || (stops.length > 0 && stop.key === stops[0].key)) break;
    stops.push({ key: stop.key, label: stop.label, problem: stop.problem });
    if (options.expandDetails && stop.closedSummary) {
      await page.keyboard.press('Enter');
      // A long data table is fetched from its own page when its disclosure opens (client/tableLoad.ts); a reader
      // reads it once it has arrived, so the walk goes on then (and times out if it never comes).
      await page.waitForFunction(() =>
        [...document.querySelectorAll('details[open][data-table-page]')].every((d) => d.querySelector('table')),
      );
      for (const c of await page.evaluate(MARK, within)) if (!expected.has(c.key)) expected.set(c.key, c.label);
    }
  }
  const reached = new Set(stops.map((s) => s.key));
  return {
    stops,
    unreached: [...expected].filter(([key]) => !reached.has(key)).map(([, label]) => label),
    invisibleFocus: stops.filter((s) => s.problem).map((s) => `${s.label}: ${s.problem}`),
  };
}

/** Records every animation and transition a page runs (CSS or script), with its duration. Install before loading. */
export async function recordMotion(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = new Map<string, number>();
    (window as unknown as { __motion: Map<string, number> }).__motion = seen;
    const label = (a: Animation) => {
      const target = (a.effect as KeyframeEffect | null)?.target;
      const name =
        a instanceof CSSTransition
          ? `transition ${a.transitionProperty}`
          : a instanceof CSSAnimation
            ? `animation ${a.animationName}`
            : 'script animation';
      const where = target ? [target.tagName.toLowerCase(), ...target.classList].join('.') : '?';
      return `${where} ${name}`;
    };
    const sweep = () => {
      for (const a of document.getAnimations()) {
        const timing = a.effect?.getComputedTiming();
        const total = Number(timing?.duration ?? 0) * Number(timing?.iterations ?? 1) + Number(timing?.delay ?? 0);
        const key = label(a);
        seen.set(key, Math.max(seen.get(key) ?? 0, Number.isFinite(total) ? total : Infinity));
      }
    };
    for (const type of ['animationstart', 'transitionrun', 'transitionstart']) addEventListener(type, sweep, true);
    // Kept to be called with the element as `this`, which the wrapper below does.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
      const animation = animate.apply(this, args);
      queueMicrotask(sweep);
      return animation;
    };
    (window as unknown as { __sweepMotion: () => void }).__sweepMotion = sweep;
  });
}

/** Animations and transitions recorded so far that last longer than `maxMs` (delay and iterations included). */
export async function motionLongerThan(page: Page, maxMs: number): Promise<string[]> {
  return page.evaluate((max) => {
    const w = window as unknown as { __motion: Map<string, number>; __sweepMotion: () => void };
    w.__sweepMotion();
    return [...w.__motion].filter(([, ms]) => ms > max).map(([key, ms]) => `${key}: ${ms} ms`);
  }, maxMs);
}
