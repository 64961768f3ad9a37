import { describe, expect, it } from 'vitest';
import { isTimeZone } from './time-zone.ts';

describe('isTimeZone', () => {
  it.each([
    'Australia/Sydney',
    'Australia/Brisbane',
    'Australia/Perth',
    'Australia/Lord_Howe',
    'Australia/Canberra',
    'UTC',
  ])('accepts %s', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });
  it.each([
    'Australia/Sydny',
    'australia/sydney',
    'AEST',
    '+10:00',
    'Sydney',
    '',
    'Australia/Sydney ',
    'Mars/Olympus_Mons',
  ])('rejects %s', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
});
