(function () {
  var mode = 'mode-scrolly';
  try { if (localStorage.getItem('scrolly') === 'off') mode = 'mode-static'; } catch (e) {}
  document.documentElement.classList.add('js', mode);
})();
