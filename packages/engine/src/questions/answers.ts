// The answers every question offers the same way: "I don't know" and yes/no pairs.
import type { Option } from './types.ts';

export const DONT_KNOW = "I don't know";
export const unknownAnswer = { label: DONT_KNOW, value: 'unknown' };
export const yesNo = (yes: string, no: string): Option[] => [
  { value: true, label: yes },
  { value: false, label: no },
];
