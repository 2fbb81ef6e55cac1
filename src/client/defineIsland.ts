/** How an island reads what the page handed it, and how it enhances the server's HTML. */
export interface Island<P> {
  /** Reads the element's payload; `null` leaves the HTML as the build wrote it. */
  read(el: HTMLElement): P | null;
  /** Enhances the element; every listener it adds takes `signal`, so that one abort removes them all. */
  mount(el: HTMLElement, payload: P, signal: AbortSignal): void | Promise<void>;
}

/**
 * Defines the custom element `name` (once, however many times the module runs):
 * the browser mounts the island when it connects the element and aborts the
 * mount's one `AbortController` when it disconnects it.
 */
export function defineIsland<P>(name: string, island: Island<P>): void {
  if (customElements.get(name)) return;
  customElements.define(
    name,
    class extends HTMLElement {
      #abort: AbortController | null = null;

      connectedCallback(): void {
        if (this.#abort) return;
        const payload = island.read(this);
        if (payload === null) return;
        this.#abort = new AbortController();
        void Promise.resolve(island.mount(this, payload, this.#abort.signal)).catch((error: unknown) => {
          // An abort while the island loads is a removal, not a failure.
          if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
        });
      }

      disconnectedCallback(): void {
        this.#abort?.abort();
        this.#abort = null;
      }
    },
  );
}

/** Reads the JSON in the element's `data-<key>`; `null` when it is missing or malformed. */
export function jsonData<P>(key: string): (el: HTMLElement) => P | null {
  return (el) => {
    try {
      return JSON.parse(el.dataset[key] ?? '') as P;
    } catch {
      return null;
    }
  };
}

/** A module loaded once, on the reader's first touch of an island or when first needed. */
export interface LoadOnce<F> {
  /** What the module gave, once it has loaded. */
  readonly loaded: F | null;
  /** Runs `use` with what the module gave: now if it has loaded, else once it has. */
  use(use: (loaded: F) => void): void;
}

/**
 * Loads what `load` imports (Plot and a figure, say) on the reader's first
 * pointer, key or touch in `el`, so the page's first load carries none of it
 * and the first redraw rarely waits for it.
 */
export function loadOnFirstTouch<F>(el: HTMLElement, load: () => Promise<F>, signal: AbortSignal): LoadOnce<F> {
  let loaded: F | null = null;
  let loading: Promise<F> | null = null;
  const start = () => (loading ??= load().then((f) => (loaded = f)));
  for (const type of ['pointerdown', 'focusin', 'keydown', 'touchstart'] as const)
    el.addEventListener(type, () => void start(), { signal, once: true, passive: true });
  return {
    get loaded() {
      return loaded;
    },
    use(use) {
      if (loaded) use(loaded);
      else void start().then(use);
    },
  };
}
