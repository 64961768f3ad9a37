import { deflate } from '../src/content.ts';
import pako from '/work/main/node_modules/.pnpm/pako@1.0.11/node_modules/pako/index.js';
const data = new TextEncoder().encode(Array.from({length: 400}, (_, i) => `1 0 0 1 ${i}.5 700.25 Tm <00230045004a00b1> Tj`).join('\n'));
console.log('bytes', data.length);
for (let r = 0; r < 3; r++) {
let t = performance.now();
await Promise.all(Array.from({ length: 24 }, () => deflate(data)));
console.log('CompressionStream x24 parallel', (performance.now() - t).toFixed(1));
t = performance.now();
for (let i = 0; i < 24; i++) await deflate(data);
console.log('CompressionStream x24 serial', (performance.now() - t).toFixed(1));
t = performance.now();
for (let i = 0; i < 24; i++) pako.deflate(data);
console.log('pako x24', (performance.now() - t).toFixed(1));
t = performance.now();
for (let i = 0; i < 24; i++) pako.deflate(data, {level: 1});
console.log('pako L1 x24', (performance.now() - t).toFixed(1));
}
