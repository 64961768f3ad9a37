// Zone offsets for the engine's wall clock without Intl. The first Intl.DateTimeFormat in a Node
// process loads ICU's locale data: 20–40 ms of a cold `ndb assess` (about a sixth of it). Node
// reads `process.env.TZ` when it is set at run time and Date's local-time methods then use that
// zone from the same ICU zone data Intl uses, at ~0.25 ms a lookup. The variable is put back
// straight after each lookup, so nothing else in the process sees the change.
import { isKnownZone, useZoneOffsetSource, type ZoneOffsetSource } from '@ndb-kit/engine';

export const zoneOffsetFromTz: ZoneOffsetSource = (ms, zone) => {
  // Only zones known to exist: ICU quietly takes an unknown TZ as UTC, where Intl would throw.
  if (!isKnownZone(zone)) return undefined;
  const env = process.env;
  const saved = env.TZ;
  env.TZ = zone;
  try {
    const minutes = -new Date(ms).getTimezoneOffset();
    return minutes === 0 ? 0 : minutes; // not -0
  } finally {
    if (saved === undefined) delete env.TZ;
    else env.TZ = saved;
  }
};

/** Makes the engine's wall clock use zoneOffsetFromTz for the rest of the process. */
export function installZoneOffsets(): void {
  useZoneOffsetSource(zoneOffsetFromTz);
}
