// manifest.json: what was built from what. Hashes let a practice (or an auditor) check that the
// printed plan is the one built from a given policy, template set and rules version.
import { createHash } from 'node:crypto';
import { LAW_AS_AT, RULES_VERSION } from '@ndb-kit/engine';
import pkg from '../package.json' with { type: 'json' };
import { prettyCanonicalJson } from './canonical-json.ts';
import { TEMPLATE_VERSION } from './generated/templates.ts';

export const MANIFEST_FILE = 'manifest.json';
export const GENERATOR_VERSION: string = pkg.version;

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface Manifest {
  practiceId: string;
  buildDate: string;
  policyHash: string;
  rulesVersion: string;
  lawAsAt: string;
  templateVersion: string;
  generator: { name: string; version: string };
  files: Record<string, { sha256: string; bytes: number }>;
}

export function buildManifest(
  practiceId: string,
  buildDate: string,
  policyHash: string,
  files: Map<string, Uint8Array>,
): Manifest {
  const entries = [...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    practiceId,
    buildDate,
    policyHash,
    rulesVersion: RULES_VERSION,
    lawAsAt: LAW_AS_AT,
    templateVersion: TEMPLATE_VERSION as string,
    generator: { name: pkg.name, version: GENERATOR_VERSION },
    files: Object.fromEntries(
      entries.map(([path, bytes]) => [path, { sha256: sha256(bytes), bytes: bytes.byteLength }]),
    ),
  };
}

export function manifestBytes(manifest: Manifest): Uint8Array {
  return new TextEncoder().encode(prettyCanonicalJson(manifest));
}
