import { renderPdf } from '../src/index.ts';
import { loadDefaultFonts } from '../src/node-fonts.ts';
import { writeFileSync } from 'node:fs';
const chars = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
const bytes = await renderPdf({ title: 't', header: 'h', date: new Date(0), blocks: [{ type: 'paragraph', inlines: [{ text: chars }] }] }, await loadDefaultFonts());
writeFileSync('/tmp/c.pdf', bytes);
