import type { ComponentChildren } from 'preact';

/**
 * A named, keyboard-scrollable region around a wide table, so a 320-px phone scrolls the table and
 * not the page (the same wrapper the plan's rendered Markdown gets).
 */
export function TableScroll({ children }: { children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named scrollable region, as around every table of the site
    <div
      class="table-scroll"
      role="region"
      tabindex={0}
      aria-label="Table: scroll sideways to see every column"
    >
      {children}
    </div>
  );
}
