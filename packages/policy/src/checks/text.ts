// Text that a reader cannot see: a name made only of zero-width spaces, word joiners or other
// invisible characters passes the schema's "one line of visible text" pattern (JavaScript's \S
// counts U+200B as visible) but prints as nothing on the plan, the notices and the site.
import { childPointer, showValue } from '@ndb-kit/validation';
import type { Finding } from './finding.ts';

// White space, format characters (zero-width space/joiners, word joiner, BOM, soft hyphen, bidi
// marks, tags), separators, the Hangul fillers, the combining grapheme joiner, variation
// selectors and the blank braille pattern.
const INVISIBLE =
  /^(?:[\s\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]|\u034F|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}])*$/u;

/** Whether a non-empty string has no character a reader can see. */
export function isInvisibleText(text: string): boolean {
  return text.length > 0 && INVISIBLE.test(text);
}

/** Every string in the policy that is not empty but has nothing visible in it. */
export function checkInvisibleText(policy: unknown): Finding[] {
  const findings: Finding[] = [];
  const visit = (value: unknown, pointer: string, depth: number): void => {
    if (typeof value === 'string') {
      if (isInvisibleText(value))
        findings.push({
          pointer,
          message:
            'has no visible characters (only spaces or invisible characters such as zero-width spaces)',
          expected: 'text a reader can see',
          found: showValue(value),
        });
      return;
    }
    if (depth > 64 || value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) visit(child, childPointer(pointer, key), depth + 1);
  };
  visit(policy, '', 0);
  return findings;
}
