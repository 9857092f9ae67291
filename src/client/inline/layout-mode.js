(function () {
  var root = document.documentElement;
  var mode = 'mode-scrolly';
  try { if (localStorage.getItem('scrolly') === 'off') mode = 'mode-static'; } catch (e) {}
  // A short screen (a landscape phone, or a page zoomed to 200% and more) cannot hold a sticky chart
  // beside the text: every chart in place instead, without changing the reader's saved choice.
  if (window.innerHeight < 560) mode = 'mode-static';
  root.classList.add('js', mode);
  // The story, opened afresh at its top: the scenes past the first are laid out after the first paint
  // (src/client/scene-layout.ts). Not for a #hash, a reload or Back, where the browser needs every position at once.
  var script = document.currentScript;
  var nav = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : undefined;
  if (script && script.hasAttribute('data-defer-scenes') && !location.hash && (!nav || nav.type === 'navigate')) root.classList.add('defer-scenes');
})();
