import { createHash } from 'node:crypto';

/**
 * The one inline script a page carries, allowed by its hash. It does two things:
 * - with `?embed=1` it marks the page before its first paint, so an embedded view never flashes the whole page it
 *   is cut from (Share.astro hides the body until the embed module has cut the page to its view, or for at most
 *   three seconds);
 * - it lists the names of the address's query keys on `<html data-keys>` (`?align=&show=`; names of lowercase letters
 *   only, never a value), so a page's CSS can hide, until its island has applied the address, what a link to another
 *   view would otherwise first show in its default state (the comparative chart's controls and drawing);
 * - it holds the page's modules (listed by the build in `<html data-modules>`, see deferModules.ts) and the web app
 *   manifest (`data-manifest`) back until the page has loaded and the browser has reported its largest paint (where
 *   it does not report paints, or has not within a second, until two more frames are painted), then until the
 *   browser is idle (or 200 ms have passed), and adds them in order, one per task (each request costs the main
 *   thread a few milliseconds, and a phone's slower), so no request stands between the HTML and the paint of its
 *   text and adding them blocks nothing for long. `<html data-boot>` says where it is: `wait`, then `done`
 *   once every module has run (tests wait for it).
 */
export const BOOT =
  "(function(w,d,h,s){if(/[?&]embed=1(?:&|$)/.test(s))h.classList.add('embed-pending');" +
  "var q=s.match(/[?&][a-z]+=/g);if(q)h.dataset.keys=q.join('');" +
  "var m=(h.dataset.modules||'').split(' ').filter(Boolean),f=h.dataset.manifest,k=m.length,c=0,j=0,o,t," +
  "P=w.PerformanceObserver,r=requestAnimationFrame;if(!k&&!f)return;h.dataset.boot='wait';" +
  "const end=()=>{if(--k<=0)h.dataset.boot='done'},add=()=>{k||j||end();var u=m[j++];" +
  "if(u){var s=d.createElement('script');s.type='module';s.async=false;s.src=u;s.onload=s.onerror=end;d.head.appendChild(s);setTimeout(add)}" +
  "else if(f){var l=d.createElement('link');l.rel='manifest';l.href=f;d.head.appendChild(l)}}," +
  'i=()=>w.requestIdleCallback?requestIdleCallback(add,{timeout:200}):add(),' +
  'on=l=>{if(c++)return;o&&o.disconnect();clearTimeout(t);l?setTimeout(i):r(()=>r(()=>setTimeout(i)))},' +
  "go=()=>{if(!P||!(P.supportedEntryTypes||[]).includes('largest-contentful-paint'))return on();" +
  "o=new P(on);o.observe({type:'largest-contentful-paint',buffered:true});t=setTimeout(()=>on(),1e3)};" +
  "d.readyState==='complete'?go():w.addEventListener('load',go)" +
  '})(window,document,document.documentElement,location.search)';

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
