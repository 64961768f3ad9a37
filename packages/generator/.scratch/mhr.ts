import { readFile } from 'node:fs/promises';
import { buildPractice } from '../src/index.ts';
const p = JSON.parse(await readFile('/work/main/policies/mindful-psychology.json', 'utf8'));
const a = await buildPractice(p, { date: '2026-11-20' });
for (const l of a.planMarkdown.split('\n')) if (l.includes('My Health')) console.log(l.slice(0, 300));
