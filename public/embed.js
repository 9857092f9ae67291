/* Sizes our chart iframes in a host page: trusts only messages from the origin this file came from,
   and only from the iframe that sent them, with a height from 1 to 5000 px. */
(function (d, w) {
  var s = d.currentScript, o;
  try { o = new URL(s.src).origin; } catch (e) { return; }
  var k = '__ftoiah' + o;
  if (w[k]) return;
  w[k] = 1;
  w.addEventListener('message', function (e) {
    var m = e.data, h, f, i;
    if (e.origin !== o || !m || typeof m !== 'object' || m.type !== 'embed-height') return;
    h = m.height;
    if (typeof h !== 'number' || !(h >= 1 && h <= 5000)) return;
    f = d.getElementsByTagName('iframe');
    for (i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) { f[i].style.height = Math.ceil(h) + 'px'; return; }
    }
  });
  /* This file loads async: a chart frame that loaded first has already sent its height, unheard. Ask our
     frames once to send it again. The request carries nothing, so it goes to any origin: a frame not yet
     loaded ignores it, where a message addressed to our origin would be refused with an error in the
     host page's console. */
  var f = d.getElementsByTagName('iframe'), i;
  for (i = 0; i < f.length; i++) {
    try { if (new URL(f[i].src, d.baseURI).origin === o && f[i].contentWindow) f[i].contentWindow.postMessage({ type: 'embed-height-request' }, '*'); } catch (e) {}
  }
})(document, window);
