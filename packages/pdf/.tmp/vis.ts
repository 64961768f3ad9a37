import { writeFileSync } from 'node:fs';
import { renderPdf } from '../src/index.ts';
import { loadDefaultFonts } from '../src/node-fonts.ts';
import type { Block } from '../src/index.ts';
const L = 'The privacy officer records what happened, who is affected and what information was involved, then contains the breach and assesses whether serious harm is likely.';
const p = (t: string): Block => ({ type: 'paragraph', inlines: [{ text: t }] });
const blocks: Block[] = [
  { type: 'heading', level: 1, text: 'Long callout and code' },
  ...Array.from({ length: 20 }, (_, i) => p(`${i} ${L}`)),
  { type: 'callout', tone: 'info', blocks: [p('Callout start. ' + L), { type: 'list', ordered: false, items: Array.from({ length: 8 }, (_, i) => [p(`Item ${i} ${L}`)]) }, p('Callout end.')] },
  { type: 'code', text: Array.from({ length: 50 }, (_, i) => `line ${i}: const value = compute(${i}); // comment 王`).join('\n') },
  { type: 'table', header: [[{ text: 'Step' }], [{ text: 'Detail' }]], rows: [[[{ text: 'Huge' }], [{ text: (L + ' ').repeat(40) }]], [[{ text: 'Next' }], [{ text: 'short' }]]] },
  { type: 'heading', level: 2, text: 'Ordered list with many items' },
  { type: 'list', ordered: true, items: Array.from({ length: 12 }, (_, i) => [p(`Item ${i + 1}`), ...(i === 1 ? [{ type: 'list', ordered: true, items: [[p('sub a')], [p('sub b')]] } as Block] : [])]) },
];
writeFileSync('.tmp/out/vis.pdf', await renderPdf({ title: 'Visual check', header: 'Harbourside Family Medical — Data breach response plan v1.2', footer: 'Decision support, not legal advice', date: new Date(0), blocks }, await loadDefaultFonts()));
