(function () {
  var secret = /[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash);
  var last = 0;
  // Opened on its own (not in a frame), the page has no one to tell: it measures nothing.
  if (!parent || parent === window) return;
  function report() {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    parent.postMessage({ type: 'embed-height', height: h }, '*');
    if (secret) parent.postMessage({ secret: secret[1], message: 'height', value: h }, '*');
  }
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
  // The web font swaps in after the first paint and moves the text; a browser may hold back the observer
  // of a frame it is not painting, so measure again once the fonts are in.
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(report);
  // embed.js (async in the host page) may start listening after this page has reported: it then asks
  // once, and gets the height again. The request carries nothing and changes nothing here.
  addEventListener('message', function (e) {
    if (e.source === parent && e.data && e.data.type === 'embed-height-request') { last = 0; report(); }
  });
  // The first height goes out with the first frame, not while the page is still being read.
  requestAnimationFrame(report);
})();
