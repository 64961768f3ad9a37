/** Text styles shared by the block layouts. */
import type { TextStyle } from './text-runs.ts';
import { COLOR, TYPE } from './theme.ts';

/** Body text: paragraphs, list items, table cells (at the table's size). */
export const BODY: TextStyle = {
  size: TYPE.body.size,
  color: COLOR.text,
  linkColor: COLOR.link,
  codeColor: COLOR.codeText,
  codeScale: TYPE.inlineCodeScale,
};
