/** Page geometry, type scale and colours in one place (points; A4 portrait). */
export type Color = readonly [number, number, number];

const hex = (h: number): Color => [((h >> 16) & 255) / 255, ((h >> 8) & 255) / 255, (h & 255) / 255];

export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginX: 56,
  /** Top of the content area (below the running header). */
  contentTop: 841.89 - 62,
  /** Bottom of the content area (above the footer). */
  contentBottom: 58,
  headerBaseline: 841.89 - 36,
  headerRule: 841.89 - 43,
  footerRule: 44,
  footerBaseline: 30,
} as const;

export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const COLOR = {
  text: hex(0x1f2328),
  muted: hex(0x5b6470),
  heading: hex(0x12355b),
  accent: hex(0x2a6bb0),
  link: hex(0x0b57d0),
  rule: hex(0xc4cbd4),
  tableBorder: hex(0xb6bec9),
  tableHeaderBg: hex(0xe8eef5),
  tableStripe: hex(0xf6f8fa),
  codeBg: hex(0xf3f4f6),
  codeBorder: hex(0xd9dde3),
  codeText: hex(0x24292f),
  infoBg: hex(0xeaf2fb),
  infoBar: hex(0x2a6bb0),
  warningBg: hex(0xfff4dc),
  warningBar: hex(0xc47a00),
} as const;

export const TYPE = {
  body: { size: 10, leading: 1.45 },
  title: { size: 22, leading: 1.2 },
  subtitle: { size: 12, leading: 1.35 },
  meta: { size: 9.5, leading: 1.4 },
  heading: {
    1: { size: 17, leading: 1.25, before: 18, after: 8 },
    2: { size: 13.5, leading: 1.3, before: 15, after: 6 },
    3: { size: 11.5, leading: 1.3, before: 11, after: 4 },
    4: { size: 10.5, leading: 1.3, before: 9, after: 3 },
  },
  table: { size: 9, leading: 1.35, padX: 5, padY: 4 },
  code: { size: 8.5, leading: 1.4, pad: 7 },
  inlineCodeScale: 0.92,
  running: { size: 8 },
  toc: { size: 10.5, leading: 1.5 },
} as const;

/** Vertical gap after each block type (collapsed with the next block's space-before). */
export const GAP = {
  paragraph: 7,
  list: 7,
  listItem: 3,
  table: 11,
  callout: 11,
  code: 9,
  rule: 10,
} as const;
