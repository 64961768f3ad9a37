// "Today" is the practice's date in its own zone, from the one clock (clock.ts).
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clock, nowIn, todayInZone } from './clock.ts';
import { run as validate } from './commands/validate.ts';
import { captureIo } from './commands/test-io.ts';

const POLICY = fileURLToPath(new URL('../../../policies/harbourside-family-medical.json', import.meta.url));
// 14:30 UTC on 22 Nov 2026: already 23 Nov in Sydney (UTC+11), still 22 Nov in Perth (UTC+8).
const INSTANT = Date.UTC(2026, 10, 22, 14, 30);

afterEach(() => vi.restoreAllMocks());

describe('the clock', () => {
  it('gives today and now in the zone asked for', () => {
    vi.spyOn(clock, 'now').mockReturnValue(INSTANT);
    expect(todayInZone('Australia/Sydney')).toBe('2026-11-23');
    expect(todayInZone('Australia/Perth')).toBe('2026-11-22');
    expect(nowIn('Australia/Sydney')).toBe('2026-11-23T01:30:00+11:00');
  });

  it('ndb validate without --date judges the policy on its own zone’s date', async () => {
    vi.spyOn(clock, 'now').mockReturnValue(INSTANT);
    const io = captureIo();
    await validate([POLICY, '--json'], io);
    expect(JSON.parse(io.stdout()).files[0].date).toBe('2026-11-23');
  });
});
