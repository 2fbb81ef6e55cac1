/**
 * Web fonts without a cost to the first paint. A first visit reads in the
 * metric-matched fallbacks (src/lib/webFonts.ts) and requests no font file
 * before it is painted. Once the reader scrolls, taps or types, the font files
 * are fetched into the browser's cache at low priority, so a reader who leaves
 * at once never pays for them. On a later page, with the files cached and
 * nothing painted yet, the `wf` class names the web fonts; they come from the
 * cache before the first paint, so the text does not move. Where the page has
 * already painted, it stays in the fallbacks.
 */
const KEY = 'rc-web-fonts';
const WEB_FAMILIES = new Set(['Source Serif 4', 'Inter Variable']);

function remember(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // Storage blocked: every page reads in the fallbacks.
  }
}

function cached(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** Loads the web faces the page's CSS declares (they are named only under `.wf`, so nothing is drawn with them). */
function fetchFonts(): void {
  const faces = [...document.fonts].filter((f) => WEB_FAMILIES.has(f.family.replace(/["']/g, '')));
  Promise.all(faces.map((f) => f.load())).then(remember, () => {});
}

if (cached()) document.documentElement.classList.add('wf');
else if (!cached()) {
  const events = ['scroll', 'pointerdown', 'keydown'] as const;
  const once = () => {
    for (const e of events) removeEventListener(e, once);
    (window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200)))(fetchFonts);
  };
  for (const e of events) addEventListener(e, once, { passive: true });
}
