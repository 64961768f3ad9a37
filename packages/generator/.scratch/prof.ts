import { readFile } from 'node:fs/promises';
import { validatePolicy } from '@ndb-kit/policy';
import { buildPractice } from '/work/main/packages/generator/src/index.ts';
import { loadDefaultFonts } from '@ndb-kit/pdf/node-fonts';
const p = JSON.parse(await readFile('/work/main/policies/harbourside-family-medical.json', 'utf8'));
const fonts = await loadDefaultFonts();
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  await buildPractice(p, { date: '2026-11-20', fonts });
  const total = performance.now() - t;
  t = performance.now();
  validatePolicy(p, 'x', undefined, { today: '2026-11-20' });
  console.log('total', total.toFixed(1), 'validate', (performance.now() - t).toFixed(1));
}
