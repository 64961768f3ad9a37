// The response roles: their names and duties (worded once, for the plan, the site's call cards
// and the wizard), the people who hold them, and who says "you" (a sole practitioner).
import { type Person, type PracticePolicy, ROLE_NAMES, type RoleName } from '@ndb-kit/policy';
import { capitalise } from '../text-case.ts';

export interface PersonView {
  id: string;
  name: string;
  position: string;
  phone: string;
  afterHoursPhone: string | null;
  /** The after-hours number recorded is the day number ("same number"); false when none is recorded. */
  afterHoursSame: boolean;
  email: string | null;
  roles: string;
}

export interface RoleView {
  key: RoleName;
  label: string;
  duty: string;
  person: PersonView;
  /** "you" for a sole practitioner, otherwise the person's name (used mid-sentence). */
  who: string;
  /** The same, capitalised for the start of a sentence. */
  Who: string;
}

export const ROLE_LABELS: Record<RoleName, { label: string; duty: string }> = {
  responseLead: {
    label: 'Response lead',
    duty: 'Runs the response: contain, assess, notify, review. Keeps the clock.',
  },
  deputy: { label: 'Deputy', duty: 'Steps in when the response lead cannot be reached within 30 minutes.' },
  privacyOfficer: {
    label: 'Privacy officer',
    duty: 'Keeps the incident register and evidence; prepares the OAIC statement.',
  },
  decisionMaker: {
    label: 'Decision maker',
    duty: 'Decides whether the breach is notifiable and approves notices.',
  },
  itContact: {
    label: 'IT contact',
    duty: 'Contains the technical side; works with the IT provider and vendors.',
  },
  communicationsLead: {
    label: 'Communications lead',
    duty: 'Drafts and sends notices; handles patient and media enquiries.',
  },
};

function personView(p: Person, roles: string[]): PersonView {
  return {
    id: p.id,
    name: p.name,
    position: p.position,
    phone: p.phone,
    // An after-hours number equal to the day number adds nothing: the plan then says "same".
    afterHoursPhone: p.afterHoursPhone && p.afterHoursPhone !== p.phone ? p.afterHoursPhone : null,
    afterHoursSame: p.afterHoursPhone === p.phone,
    email: p.email ?? null,
    roles: roles.join(', '),
  };
}

/** Every person with the roles they hold, each role with its person; `sole` when one person holds them all. */
export function rolesView(policy: PracticePolicy): {
  people: PersonView[];
  roles: Record<RoleName, RoleView>;
  sole: boolean;
} {
  const rolesOf = (id: string) =>
    ROLE_NAMES.filter((r) => policy.roles[r] === id).map((r) => ROLE_LABELS[r].label);
  const people = policy.people.map((p) => personView(p, rolesOf(p.id)));
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const sole = new Set(ROLE_NAMES.map((r) => policy.roles[r])).size === 1;
  const roles = {} as Record<RoleName, RoleView>;
  for (const key of ROLE_NAMES) {
    const person = peopleById.get(policy.roles[key]);
    if (!person) throw new Error(`roles.${key} names "${policy.roles[key]}", who is not in people`);
    const who = sole ? 'you' : person.name;
    roles[key] = { key, ...ROLE_LABELS[key], person, who, Who: capitalise(who) };
  }
  return { people, roles, sole };
}
