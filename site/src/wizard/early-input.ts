// The first screen takes input before the wizard's script has arrived.
//
// On slow 4G the page's HTML (with the first question rendered at build time) is on screen about a
// second before the wizard's first chunk has arrived, been run and hydrated the form
// (bench/wizard-speed.ts; ARCHITECTURE.md, the site). The radio buttons work without
// script; Next and the page's other buttons do not. EARLY_INPUT_SCRIPT holds those presses: Next
// shows that it is waiting (aria-busy) and every press is queued on the wizard's root; main.ts
// replays the queue once the wizard is live (`replayEarlyInput`).
//
// It is inline in <head> (wizard.tsx, Page's headScript) and listens on the document, so it is
// there before any of the screen is. Placed after the root, as it was, it raced the network: the
// HTML arrives in pieces on a slow link, and the parser paints what it has, so a form whose
// bytes had come but the script's not yet took a Next press that was lost (the native submit,
// which the CSP's form-action 'none' blocks). Measured on slow 4G + 4x CPU (bench/wizard-speed.ts)
// the script runs ~0.55 s before the first question shows. `data-early` on <html> says the first
// screen takes input once shown; the root's `data-ready` still says the wizard is live.

/** The inline script (its CSP hash is added by scripts/csp.ts like any inline script's). */
export const EARLY_INPUT_SCRIPT = `(function () {
  var held = function (e) {
    var root = e.target.closest && e.target.closest('#wizard-root');
    return root && !root.dataset.ready && root.querySelector('form[data-question]') ? root : null;
  };
  var queue = function (root, what) {
    root.dataset.queued = ((root.dataset.queued || '') + ' ' + what).trim();
  };
  document.addEventListener('submit', function (e) {
    var root = held(e);
    if (!root) return;
    e.preventDefault();
    var next = e.target.querySelector('button[type=submit]');
    if (next) next.setAttribute('aria-busy', 'true');
    queue(root, 'submit');
  });
  document.addEventListener('click', function (e) {
    var root = held(e);
    var button = root && e.target.closest('button[type=button]');
    if (button) queue(root, String([].indexOf.call(root.querySelectorAll('button'), button)));
  });
  document.documentElement.dataset.early = 'true';
})();`;

/** The next frame and a turn after it: Preact has re-rendered after a replayed press, and run the
 * effects it runs after paint (the screen's heading takes focus), as between a person's presses.
 * The timer stands in for the frame in a tab that is not painting. */
const rendered = () =>
  new Promise<void>((done) => {
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        done();
      }, 0),
    );
  });

/**
 * Replays, on the hydrated first screen, the presses EARLY_INPUT_SCRIPT queued before the wizard
 * was live, in order (main.ts has re-ticked the boxes ticked then). Each after the next frame, as a
 * person's would come: the screen's own effects (its heading takes focus) have run, and each
 * handler reads the answers the previous press gave.
 */
export async function replayEarlyInput(root: HTMLElement): Promise<void> {
  const queued = (root.dataset.queued ?? '').split(' ').filter((q) => q !== '');
  delete root.dataset.queued;
  for (const b of root.querySelectorAll('[aria-busy]')) b.removeAttribute('aria-busy');
  // A file picked on the first screen ("Continue an incident from its file") is still in its input.
  const files = [...root.querySelectorAll<HTMLInputElement>('input[type=file]')].filter(
    (i) => i.files?.length,
  );
  if (!queued.length && !files.length) return;
  await rendered();
  for (const input of files) input.dispatchEvent(new Event('change', { bubbles: true }));
  for (const what of queued) {
    if (what === 'submit') root.querySelector('form')?.requestSubmit();
    else root.querySelectorAll('button')[Number(what)]?.click();
    await rendered();
  }
}

/** Drops the queue when the screen is not the one the presses were made on (saved answers). */
export function dropEarlyInput(root: HTMLElement): void {
  delete root.dataset.queued;
}
