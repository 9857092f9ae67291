/** The gallery's Copy buttons: shown only where the clipboard can be written; the code stays selectable without them. */
document.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) => {
  const area = button.previousElementSibling as HTMLTextAreaElement;
  const status = button.nextElementSibling as HTMLElement;
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(area.value);
      // Cleared first, so a second copy is announced again.
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = button.dataset.copied ?? ''));
    } catch {
      area.select();
    }
  });
});
