// The notices page's copy buttons (a client entry of site/scripts/site-assets.ts): the clipboard
// API where allowed, else select the text for a manual copy.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', async () => {
    const pre = document.getElementById(button.dataset.copy ?? '');
    const status = document.getElementById(`st-${(button.dataset.copy ?? '').slice(2)}`);
    if (!pre) return;
    try {
      await navigator.clipboard.writeText(pre.textContent ?? '');
      if (status) status.textContent = 'Copied.';
      button.textContent = 'Copied';
    } catch {
      getSelection()?.selectAllChildren(pre);
      if (status) status.textContent = 'Selected: press Ctrl+C or Cmd+C to copy.';
    }
  });
}
