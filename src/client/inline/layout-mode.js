(function () {
  var mode = 'mode-scrolly';
  try { if (localStorage.getItem('scrolly') === 'off') mode = 'mode-static'; } catch (e) {}
  // A short screen (a landscape phone, or a page zoomed to 200% and more) cannot hold a sticky chart
  // beside the text: every chart in place instead, without changing the reader's saved choice.
  if (window.innerHeight < 560) mode = 'mode-static';
  document.documentElement.classList.add('js', mode);
})();
