// An encryption method says how data at rest is encrypted: with "atRest": false it contradicts
// itself, and the lost-device runbook would print both "not encrypted" and "BitLocker".
import { arr, type Finding, obj } from './finding.ts';

export function checkEncryptionMethod(policy: unknown): Finding[] {
  const findings: Finding[] = [];
  arr(obj(policy)?.systems).forEach((system, i) => {
    const enc = obj(obj(system)?.encryption);
    if (enc && typeof enc.method === 'string' && enc.atRest === false)
      findings.push({
        pointer: `/systems/${i}/encryption/method`,
        message: 'names an encryption method, but atRest is false',
        expected: 'atRest: true with a method, or no method when the data is not encrypted at rest',
      });
  });
  return findings;
}
