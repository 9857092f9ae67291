/**
 * The gallery's copy buttons: each copies its chart's embed code (the read-only textarea named in
 * data-copy) and says "Copied" in a live region. Shown only where the clipboard can be written;
 * elsewhere a link leads to the code, which can be selected by hand.
 */
const statuses = document.querySelectorAll<HTMLElement>('[data-copy-status]');
if (navigator.clipboard) {
  document.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) => {
    const area = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
    const status = button.parentElement!.querySelector<HTMLElement>('[data-copy-status]')!;
    button.hidden = false;
    button.parentElement!.querySelector<HTMLElement>('[data-copy-fallback]')?.setAttribute('hidden', '');
    button.addEventListener('click', async () => {
      // Every status cleared first: one "Copied" on the page, announced again on a second copy.
      statuses.forEach((s) => (s.textContent = ''));
      try {
        await navigator.clipboard.writeText(area.value);
        requestAnimationFrame(() => (status.textContent = button.dataset.copied ?? ''));
      } catch {
        // Refused (a permission, an old browser): take the reader to the code, selected.
        area.focus();
        area.select();
      }
    });
  });
}
