import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BOOT } from '../../src/lib/csp';
import { deferModules } from '../../src/lib/deferModules';

const page = (head: string) =>
  `<!doctype html><html lang="en"><head><script>${BOOT}</script>${head}</head><body><p>Text</p></body></html>`;

describe('deferModules', () => {
  it("lists a page's module scripts and manifest on <html>, in order and once each, and takes them out of the head", () => {
    const html = deferModules(
      page(
        '<link rel="manifest" href="/manifest.webmanifest"><script type="module" src="/_astro/a.js"></script>' +
          '<script type="module" src="/_astro/b.js"></script><script type="module" src="/_astro/a.js"></script>',
      ),
    );
    const { document } = parseHTML(html);
    expect(document.documentElement.dataset['modules']).toBe('/_astro/a.js /_astro/b.js');
    expect(document.documentElement.dataset['manifest']).toBe('/manifest.webmanifest');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelectorAll('script[src], link[rel="manifest"]')).toHaveLength(0);
  });

  it('leaves a page without the boot script as it is (nothing would load its modules), and JSON scripts alone', () => {
    const bare = '<html><head><script type="module" src="/_astro/a.js"></script></head><body></body></html>';
    expect(deferModules(bare)).toBe(bare);
    const json = page('<script type="application/json" data-chart-view>{"a":1}</script>');
    expect(deferModules(json)).toBe(json);
  });
});

describe('the boot script', () => {
  /**
   * Runs BOOT in a parsed page whose address has `search`, still loading: `load()` fires the window's load event,
   * `idle()` runs the frame, timer and idle callbacks, as the browser would once the page has loaded and painted.
   */
  function boot(
    html: string,
    search = '',
    observer?: { paint?: () => void },
    { hash = '', navigation = 'navigate', contentVisibility = false } = {},
  ) {
    const { document } = parseHTML(html);
    const onLoad: (() => void)[] = [];
    const idle: (() => void)[] = [];
    let state = 'loading';
    Object.defineProperty(document, 'readyState', { get: () => state });
    const later = (f: () => void) => idle.push(f);
    // A browser that reports its largest paint: `observer.paint()` reports one, as the browser does after painting.
    class PerformanceObserver {
      static supportedEntryTypes = ['largest-contentful-paint'];
      constructor(callback: (list: { getEntries: () => object[] }) => void) {
        if (observer) observer.paint = () => callback({ getEntries: () => [{}] });
      }
      observe() {}
      disconnect() {
        if (observer) observer.paint = () => {};
      }
    }
    const window = {
      addEventListener: (type: string, f: () => void) => type === 'load' && onLoad.push(f),
      requestIdleCallback: (f: () => void) => idle.push(f),
      ...(observer && { PerformanceObserver }),
    };
    runInNewContext(BOOT, {
      window,
      document,
      location: { search, hash },
      // A browser that can skip the layout of what is off screen (content-visibility), and how this page was reached.
      CSS: { supports: (rule: string) => contentVisibility && rule === 'content-visibility:auto' },
      performance: { getEntriesByType: (type: string) => (type === 'navigation' ? [{ type: navigation }] : []) },
      requestAnimationFrame: later,
      setTimeout: (f: () => void, ms = 0) => ms < 1000 && idle.push(f),
      clearTimeout: () => {},
      requestIdleCallback: later,
    });
    return {
      document,
      load: () => {
        state = 'complete';
        onLoad.splice(0).forEach((f) => f());
      },
      idle: () => {
        while (idle.length) (idle.shift()! as (deadline: object) => void)({ timeRemaining: () => 0 });
      },
      /** Runs the frame, timer and idle callbacks waiting now, not those they add; each idle moment has no time to spare. */
      tick: () => idle.splice(0).forEach((f) => (f as (deadline: object) => void)({ timeRemaining: () => 0 })),
    };
  }
  const scripts = (document: Document) => [...document.querySelectorAll('head script[src]')];

  it('adds the listed modules in order, then the manifest, only once the page has loaded and the browser is idle', () => {
    const { document, load, idle } = boot(
      deferModules(
        page(
          '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>' +
            '<link rel="manifest" href="/m.webmanifest">',
        ),
      ),
    );
    expect(document.documentElement.dataset['boot']).toBe('wait');
    load();
    expect(scripts(document)).toHaveLength(0);
    idle();
    expect(scripts(document).map((s) => [s.getAttribute('src'), s.getAttribute('type')])).toEqual([
      ['/_astro/a.js', 'module'],
      ['/_astro/b.js', 'module'],
    ]);
    expect(document.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe('/m.webmanifest');
    expect(document.documentElement.classList.contains('embed-pending')).toBe(false);
    // `done` only when every module has run (or failed to load).
    expect(document.documentElement.dataset['boot']).toBe('wait');
    for (const s of scripts(document))
      s.dispatchEvent(new (document.defaultView as Window & typeof globalThis).Event('load'));
    expect(document.documentElement.dataset['boot']).toBe('done');
  });

  it('in a browser that reports its largest paint, waits for that report before adding anything', () => {
    const observer: { paint?: () => void } = {};
    const { document, load, idle } = boot(
      deferModules(page('<script type="module" src="/_astro/a.js"></script>')),
      '',
      observer,
    );
    load();
    idle();
    expect(scripts(document)).toHaveLength(0);
    observer.paint!();
    expect(scripts(document)).toHaveLength(0);
    idle();
    expect(scripts(document).map((s) => s.getAttribute('src'))).toEqual(['/_astro/a.js']);
    // A second paint reported later adds nothing twice.
    observer.paint!();
    idle();
    expect(scripts(document)).toHaveLength(1);
  });

  const chapter = (blocks: number) =>
    page('<script type="module" src="/_astro/a.js"></script>').replace(
      '<body><p>Text</p></body>',
      `<body><main><article class="chapter">${Array.from({ length: blocks }, (_, i) => `<p>${i + 1}</p>`).join('')}</article></main></body>`,
    );

  it("on a first visit, lays a chapter's blocks below its first screen out after the first paint, one per idle moment, before any module", () => {
    const { document, load, tick, idle } = boot(deferModules(chapter(8)), '', undefined, { contentVisibility: true });
    const html = document.documentElement;
    // Marked before the body is parsed: the first layout skips the later blocks.
    expect(html.classList.contains('cv')).toBe(true);
    expect(html.dataset['boot']).toBe('wait');
    load();
    const laid = () => [...document.querySelectorAll('[data-laid]')].map((b) => b.textContent);
    const steps: string[][] = [];
    for (let i = 0; i < 12 && !scripts(document).length; i++) {
      tick();
      steps.push(laid());
    }
    // The sixth, seventh and eighth blocks, each in an idle moment of its own, and only then the modules.
    expect(steps.filter((s, i) => s.length !== (steps[i - 1]?.length ?? 0)).map((s) => s.at(-1))).toEqual([
      '6',
      '7',
      '8',
    ]);
    expect(laid()).toEqual(['6', '7', '8']);
    expect(html.classList.contains('cv')).toBe(false);
    idle();
    expect(scripts(document).map((s) => s.getAttribute('src'))).toEqual(['/_astro/a.js']);
  });

  it('a page with nothing to load still lays its blocks out and says so', () => {
    const bare = boot(chapter(7), '', undefined, { contentVisibility: true });
    bare.load();
    bare.idle();
    expect(bare.document.querySelectorAll('[data-laid]')).toHaveLength(2);
    expect(bare.document.documentElement.classList.contains('cv')).toBe(false);
    expect(bare.document.documentElement.dataset['boot']).toBe('done');
  });

  it('skips nothing where the browser returns to a place (#place, reload, back) or cannot skip layout', () => {
    for (const options of [
      { contentVisibility: true, hash: '#gold-window' },
      { contentVisibility: true, navigation: 'reload' },
      { contentVisibility: true, navigation: 'back_forward' },
      { contentVisibility: false },
    ]) {
      const { document, load, idle } = boot(deferModules(chapter(8)), '', undefined, options);
      expect(document.documentElement.classList.contains('cv'), JSON.stringify(options)).toBe(false);
      load();
      idle();
      expect(document.querySelectorAll('[data-laid]'), JSON.stringify(options)).toHaveLength(0);
      expect(scripts(document)).toHaveLength(1);
    }
  });

  it('marks an embedded page at once; a page with nothing to load is left alone', () => {
    const { document } = boot(deferModules(page('<script type="module" src="/_astro/a.js"></script>')), '?embed=1&v=x');
    expect(document.documentElement.classList.contains('embed-pending')).toBe(true);
    const bare = boot(page(''));
    bare.load();
    bare.idle();
    expect(bare.document.documentElement.dataset['boot']).toBeUndefined();
  });
});
