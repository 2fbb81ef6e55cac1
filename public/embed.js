/*
 * Fits embedded views of "Reserve currencies: a history to test" to their content.
 * Include it once on the page that holds the iframes (the embed code does):
 *   <script src="https://<this site>/embed.js" async></script>
 * Each embedded view posts { type: 'reserve-currencies:embed-height', height } when
 * its height changes; this sets the height of the iframe it came from. Until a view
 * has posted (at most 3 s), its iframe is kept hidden, so the host page never shows
 * the full page the view is cut from while it loads. MIT licence.
 */
(function () {
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : null;
  var frames = document.getElementsByTagName('iframe');
  function show(frame) {
    frame.style.visibility = '';
  }
  for (var i = 0; i < frames.length; i++) {
    var frame = frames[i];
    var src = frame.getAttribute('src') || '';
    if (origin && src.indexOf(origin + '/') === 0 && /[?&]embed=1/.test(src) && !frame.hasAttribute('data-fitted')) {
      frame.style.visibility = 'hidden';
      setTimeout(show, 3000, frame);
    }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (origin && event.origin !== origin) return;
    if (!data || data.type !== 'reserve-currencies:embed-height' || typeof data.height !== 'number') return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(Math.max(Math.round(data.height), 40), 20000) + 'px';
        frames[i].setAttribute('data-fitted', '');
        show(frames[i]);
      }
    }
  });
})();
