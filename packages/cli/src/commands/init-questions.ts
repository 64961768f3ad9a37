// `ndb init`'s interview, as data: one step per answer, in the order a terminal asks them. Each
// step is also a flag (`--<flag>`), so the same list makes the options, the prompts and the checks.
import {
  DEFAULT_TIME_ZONES,
  isAustralianPhone,
  isTimeZone,
  isValidAbn,
  PRACTICE_TYPES,
  postcodeFitsState,
  STATES,
  type State,
} from '@ndb-kit/policy';
import { parseHpio, parsePhone, parseSystems, SYSTEMS_FORMAT } from './init-contacts.ts';
import {
  bad,
  ok,
  type Parsed,
  parseEmail,
  parsePracticeType,
  parseTurnover,
  parseYesNo,
  text,
} from './init-parse.ts';

export type Answers = Record<string, string | number | boolean>;

export interface InitQuestion {
  flag: string;
  prompt: string;
  /** A function: required only after some answers (the insurer's phone once it is named). */
  required: boolean | ((answers: Answers) => boolean);
  /** Asked on a terminal only when this holds (a flag is always taken). */
  when?: (answers: Answers) => boolean;
  /** Shown in brackets and used when the answer is empty. */
  fallback?: (answers: Answers) => string | undefined;
  parse: (raw: string, answers: Answers) => Parsed;
}

export const isState = (value: unknown): value is State => STATES.some((s) => s === value);

export const INIT_QUESTIONS: InitQuestion[] = [
  { flag: 'name', prompt: 'Practice (trading) name', required: true, parse: text('the name') },
  {
    flag: 'practice-type',
    prompt: `Practice type (${PRACTICE_TYPES.join(', ')})`,
    required: true,
    parse: parsePracticeType,
  },
  {
    flag: 'state',
    prompt: `State or territory (${STATES.join(', ')})`,
    required: true,
    parse: (raw) => {
      const s = raw.trim().toUpperCase();
      return isState(s) ? ok(s) : bad(`state must be one of: ${STATES.join(', ')}`);
    },
  },
  {
    flag: 'turnover',
    prompt: 'Annual turnover last financial year in AUD (or "unknown")',
    required: true,
    parse: parseTurnover,
  },
  { flag: 'mhr', prompt: 'Registered with My Health Record? (yes/no)', required: true, parse: parseYesNo },
  {
    flag: 'timezone',
    prompt: 'Time zone',
    required: false,
    fallback: (a) => (isState(a.state) ? DEFAULT_TIME_ZONES[a.state] : undefined),
    parse: (raw) =>
      isTimeZone(raw.trim())
        ? ok(raw.trim())
        : bad('time zone must be an IANA name such as Australia/Sydney'),
  },
  {
    flag: 'privacy-officer-name',
    prompt: 'Privacy officer’s full name',
    required: true,
    parse: text('the name'),
  },
  {
    flag: 'privacy-officer-email',
    prompt: 'Privacy officer’s email',
    required: true,
    parse: parseEmail,
  },
  {
    flag: 'privacy-officer-phone',
    prompt: 'Privacy officer’s phone',
    required: true,
    parse: (raw) =>
      isAustralianPhone(raw)
        ? ok(raw.trim())
        : bad('not an Australian phone number (e.g. 02 9876 5432 or 0412 345 678)'),
  },
  {
    flag: 'abn',
    prompt: 'ABN (optional)',
    required: false,
    parse: (raw) =>
      isValidAbn(raw.trim()) ? ok(raw.trim()) : bad('not a valid ABN (11 digits; checksum failed)'),
  },
  { flag: 'street', prompt: 'Street address (optional)', required: false, parse: text('the street address') },
  { flag: 'suburb', prompt: 'Suburb (optional)', required: false, parse: text('the suburb') },
  {
    flag: 'postcode',
    prompt: 'Postcode (optional)',
    required: false,
    parse: (raw, a) => {
      const s = raw.trim();
      if (!/^[0-9]{4}$/.test(s)) return bad('postcode must be four digits');
      return typeof a.state === 'string' && !postcodeFitsState(s, a.state)
        ? bad(`${s} is not a ${a.state} postcode`)
        : ok(s);
    },
  },
  {
    flag: 'phone',
    prompt: 'Practice phone (optional; defaults to the privacy officer’s)',
    required: false,
    parse: (raw) => (isAustralianPhone(raw) ? ok(raw.trim()) : bad('not an Australian phone number')),
  },
  {
    flag: 'email',
    prompt: 'Practice email for privacy matters (optional; defaults to the privacy officer’s)',
    required: false,
    parse: parseEmail,
  },
  {
    flag: 'hpio',
    prompt:
      'HPI-O, the practice’s 16-digit identifier starting 800362 (optional; the My Health Record notices print it)',
    required: false,
    when: (a) => a.mhr === true,
    parse: parseHpio,
  },
  {
    flag: 'insurer-name',
    prompt: 'Cyber or indemnity insurer (optional)',
    required: false,
    parse: text('the insurer'),
  },
  {
    flag: 'insurer-phone',
    prompt: 'Insurer’s claims phone',
    required: (a) => a['insurer-name'] !== undefined,
    when: (a) => a['insurer-name'] !== undefined,
    parse: parsePhone,
  },
  {
    flag: 'insurer-policy',
    prompt: 'Insurance policy number (optional)',
    required: false,
    when: (a) => a['insurer-name'] !== undefined,
    parse: text('the policy number'),
  },
  {
    flag: 'it-name',
    prompt: 'IT provider (managed IT company; optional)',
    required: false,
    parse: text('the IT provider'),
  },
  {
    flag: 'it-phone',
    prompt: 'IT provider’s support phone',
    required: (a) => a['it-name'] !== undefined,
    when: (a) => a['it-name'] !== undefined,
    parse: parsePhone,
  },
  {
    flag: 'it-after-hours',
    prompt: 'IT provider’s after-hours phone (optional)',
    required: false,
    when: (a) => a['it-name'] !== undefined,
    parse: parsePhone,
  },
  {
    flag: 'systems',
    prompt: `Key systems (optional): ${SYSTEMS_FORMAT}`,
    required: false,
    parse: (raw) => {
      const r = parseSystems(raw);
      return r.ok ? ok(raw.trim()) : bad(r.error);
    },
  },
];

export const isRequired = (q: InitQuestion, a: Answers): boolean =>
  typeof q.required === 'function' ? q.required(a) : q.required;
