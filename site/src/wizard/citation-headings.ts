// The heading the question screen prints beside each citation a question gives. A module of its
// own so the site's client build can swap it for the headings of the questions' citations alone,
// taken from the engine at build time (scripts/first-load-data.ts): the first load then carries
// no citations table.
import { citationFor } from '@ndb-kit/engine';

export function citationHeading(printed: string): string {
  return citationFor(printed)?.heading ?? '';
}
