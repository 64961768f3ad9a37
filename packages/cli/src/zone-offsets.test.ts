import { inZone, JURISDICTION_ZONES, useZoneOffsetSource } from '@ndb-kit/engine';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { zoneOffsetFromTz } from './zone-offsets.ts';

const ZONES = [...new Set(Object.values(JURISDICTION_ZONES)), 'UTC'];
// 1950–2150: every daylight-saving rule Australia has had since, and the rules as now projected.
const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2150, 0, 1) });

afterEach(() => useZoneOffsetSource(undefined));

describe('zone offsets from TZ', () => {
  it('writes every instant in every jurisdiction zone exactly as Intl does', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
        const iso = new Date(ms).toISOString();
        useZoneOffsetSource(undefined);
        const intl = inZone(iso, zone);
        useZoneOffsetSource(zoneOffsetFromTz);
        expect(inZone(iso, zone)).toBe(intl);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Intl either side of each 2026–2027 daylight-saving change', () => {
    // Sydney: back at 03:00 AEDT on 5 Apr 2026, forward at 02:00 AEST on 4 Oct 2026; Adelaide half an hour off.
    const around = [Date.UTC(2026, 3, 4, 16), Date.UTC(2026, 9, 3, 16), Date.UTC(2027, 3, 3, 16)];
    for (const zone of ZONES)
      for (const t of around)
        for (let m = -90; m <= 90; m += 15) {
          const iso = new Date(t + m * 60_000).toISOString();
          useZoneOffsetSource(undefined);
          const intl = inZone(iso, zone);
          useZoneOffsetSource(zoneOffsetFromTz);
          expect(inZone(iso, zone), `${zone} ${iso}`).toBe(intl);
        }
  });

  it('leaves TZ as it found it, set or not', () => {
    const before = process.env.TZ;
    try {
      delete process.env.TZ;
      zoneOffsetFromTz(0, 'Australia/Perth');
      expect('TZ' in process.env).toBe(false);
      process.env.TZ = 'Asia/Tokyo';
      zoneOffsetFromTz(0, 'Australia/Perth');
      expect(process.env.TZ).toBe('Asia/Tokyo');
      expect(new Date(0).getTimezoneOffset()).toBe(-540);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('declines a zone it does not know, so the engine falls back to Intl', () => {
    expect(zoneOffsetFromTz(0, 'Europe/London')).toBeUndefined();
    expect(zoneOffsetFromTz(0, 'Mars/Olympus')).toBeUndefined();
    expect(zoneOffsetFromTz(Date.UTC(2026, 0, 1), 'Australia/Adelaide')).toBe(630);
  });
});
