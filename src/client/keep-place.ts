/**
 * The language switch keeps the reader's place: its link points at the scene, chart or step the reader
 * last read (ids are the same in both editions). Without JavaScript it leads to the top of the other edition.
 */
const links = document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]');
const places = Array.from(document.querySelectorAll<HTMLElement>('main [id]:is(section, header, .step, .gallery-item, li)'));

function update() {
  const line = window.innerHeight * 0.4;
  let current: HTMLElement | undefined;
  for (const el of places) if (el.getBoundingClientRect().top <= line) current = el;
  // The switch sits at the top of the page: a reader scrolls back up to reach it. Keep the last
  // place they read rather than the top they passed on the way.
  if (!current || current.id === 'opening') return;
  links.forEach((a) => {
    const url = new URL(a.href);
    url.hash = current ? current.id : '';
    a.href = url.href;
  });
}

if (links.length && places.length) {
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  }, { passive: true });
  // No measuring at load: the page's first layout is the browser's alone. A reader who has not
  // scrolled is at the top, which is where the link already leads.
}
