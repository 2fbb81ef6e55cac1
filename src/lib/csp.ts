import { createHash } from 'node:crypto';

/**
 * The blocks of a long page below its first screen: a chapter's from its sixth, the Triffin explorer's page after
 * the explorer. On a first visit they are not laid out before the first paint (`content-visibility: auto` while
 * `<html class="cv">`, Base.astro), and the boot script lays them out one by one right after it.
 */
export const LATER_BLOCKS = '.chapter>:nth-child(n+6),.triffin-page>:nth-child(n+4)';

/**
 * The one inline script a page carries, allowed by its hash. It does these things:
 * - with `?embed=1` it marks the page before its first paint, so an embedded view never flashes the whole page it
 *   is cut from (Share.astro hides the body until the embed module has cut the page to its view, or for at most
 *   three seconds);
 * - it lists the names of the address's query keys on `<html data-keys>` (`?align=&show=`; names of lowercase letters
 *   only, never a value), so a page's CSS can hide, until its island has applied the address, what a link to another
 *   view would otherwise first show in its default state (the comparative chart's controls and drawing);
 * - on a first visit from a link (no `#place` in the address, not a reload or a step back, where the browser or
 *   readingPlace.ts returns to a place and needs every height), it marks `<html class="cv">` so the
 *   LATER_BLOCKS are skipped by the first layout, which then holds only the first screen; once the browser has
 *   reported its largest paint it lays them out one per idle moment (each forced, so each costs its own short
 *   task, not one long one), then takes the mark away: every height is real before a module runs;
 * - it holds the page's modules (listed by the build in `<html data-modules>`, see deferModules.ts) and the web app
 *   manifest (`data-manifest`) back until the page has loaded and the browser has reported its largest paint (where
 *   it does not report paints, or has not within a second, until two more frames are painted), then until the
 *   browser is idle (or 200 ms have passed), and adds them in order, one per task (each request costs the main
 *   thread a few milliseconds, and a phone's slower), so no request stands between the HTML and the paint of its
 *   text and adding them blocks nothing for long. `<html data-boot>` says where it is: `wait`, then `done`
 *   once every block is laid out and every module has run (tests wait for it).
 */
export const BOOT =
  "(function(w,d,h,s){if(/[?&]embed=1(?:&|$)/.test(s))h.classList.add('embed-pending');" +
  "var q=s.match(/[?&][a-z]+=/g);if(q)h.dataset.keys=q.join('');" +
  "var R=w.requestIdleCallback,v=R&&!location.hash&&CSS.supports('content-visibility:auto')&&" +
  "(performance.getEntriesByType('navigation')[0]||{}).type=='navigate',L,x=0;v&&h.classList.add('cv');" +
  "var m=(h.dataset.modules||'').split(' ').filter(Boolean),f=h.dataset.manifest,k=m.length,c=0,j=0,o,t," +
  "P=w.PerformanceObserver,r=requestAnimationFrame;if(!k&&!f&&!v)return;h.dataset.boot='wait';" +
  "const end=()=>{if(--k<=0)h.dataset.boot='done'},add=()=>{k||j||end();var u=m[j++];" +
  "if(u){var s=d.createElement('script');s.type='module';s.async=false;s.src=u;s.onload=s.onerror=end;d.head.appendChild(s);setTimeout(add)}" +
  "else if(f){var l=d.createElement('link');l.rel='manifest';l.href=f;d.head.appendChild(l)}}," +
  'i=()=>R?R(add,{timeout:200}):add(),' +
  "lay=e=>{for(var b;(b=L[x++])&&(b.dataset.laid='',b.offsetHeight,e.timeRemaining()>3););" +
  "b?R(lay,{timeout:99}):(h.classList.remove('cv'),i())}," +
  `next=()=>v?(L=d.querySelectorAll('${LATER_BLOCKS}'),R(lay,{timeout:99})):i(),` +
  'on=l=>{if(c++)return;o&&o.disconnect();clearTimeout(t);l?setTimeout(next):r(()=>r(()=>setTimeout(next)))},' +
  "go=()=>{if(!P||!(P.supportedEntryTypes||[]).includes('largest-contentful-paint'))return on();" +
  "o=new P(on);o.observe({type:'largest-contentful-paint',buffered:true});t=setTimeout(()=>on(),1e3)};" +
  "d.readyState==='complete'?go():w.addEventListener('load',go)" +
  '})(window,document,document.documentElement,location.search)';

/** The rule that skips the LATER_BLOCKS' layout while `<html class="cv">` (screen only: print lays out everything). */
export const LATER_BLOCKS_CSS = `@media screen{.cv :is(${LATER_BLOCKS}):not([data-laid]){content-visibility:auto;contain-intrinsic-size:auto 30rem}}`;

const guardHash = `'sha256-${createHash('sha256').update(BOOT).digest('base64')}'`;

/**
 * The Content-Security-Policy every page sends: scripts only from our own
 * origin (no inline script but the boot script above, no eval), nothing loaded from elsewhere. Site
 * search (Pagefind) runs WebAssembly, which `'wasm-unsafe-eval'` allows:
 * it compiles our own `/pagefind/*.wasm` and never lets JavaScript eval. Inline
 * styles stay allowed because charts colour their lines with style attributes.
 * `public/_headers` repeats it for hosts that read that file; a test keeps the two equal.
 */
export const CSP = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${guardHash}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
