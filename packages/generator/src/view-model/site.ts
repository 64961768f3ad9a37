// The practice's plan site, projected from the one view model (index.ts) and the built artefacts:
// the pages (site/src/pages) and the wizard's embedded practice facts read this, never the policy.
// A projection, not a second model: the site needs a different shape (one call card per person
// with every role they hold; contacts grouped for a phone screen; the wizard's small JSON), but
// every name, number, duty and official contact is the view model's, and the pages read the
// model itself (`site.model`) for everything else, so a new field needs no edit here.
import type { Entity } from '@ndb-kit/engine';
import type { RoleName } from '@ndb-kit/policy';
import type { Notice, PlanArtifacts, SiteDrill } from '../build.ts';
import type { NoticePractice } from '../notice-drafts.ts';
import type { ContactView, PersonView, ViewModel } from './types.ts';

/** One call card: a person with the role(s) they hold and, on the call tree, their duties. */
export interface SitePerson {
  role: string;
  duty?: string;
  name: string;
  position?: string;
  phone?: string;
  afterHoursPhone?: string;
  email?: string;
}

export interface ContactGroup {
  title: string;
  entries: {
    name: string;
    detail?: string;
    phone?: string;
    afterHoursPhone?: string;
    email?: string;
    web?: string;
    note?: string;
  }[];
}

/** The practice facts embedded as JSON in the wizard page (and the single-file wizard). */
export interface WizardPractice {
  id: string;
  name: string;
  legalName: string;
  email: string;
  timeZone: string;
  entity: Partial<Entity>;
  /** Keyed by role: privacyOfficer, responseLead, decisionMaker, itContact, deputy, communicationsLead. */
  people: Partial<Record<RoleName, SitePerson>>;
  insurer?: { name: string; phone: string; policyNumber?: string };
  lawyer?: { name: string; phone: string };
  itProvider?: { name: string; phone: string; afterHoursPhone?: string };
  /** The practice facts the notice templates print, exactly as the generator makes them. */
  noticePractice: NoticePractice;
}

export interface SiteData {
  /** The practice's view model itself: the pages print its facts as the plan does. */
  model: ViewModel;
  policyHash: string;
  /** One card per person, in role order. */
  callTree: SitePerson[];
  contactGroups: ContactGroup[];
  /** The plan's sections; each `html` without its own title (the pages print it). */
  sections: { id: string; title: string; html: string }[];
  notices: Notice[];
  drills: SiteDrill[];
  /** Generator files shipped with the site, relative to the practice folder. */
  downloads: { label: string; path: string; bytes: number }[];
  wizard: WizardPractice;
}

/** null → absent: the site's optional fields (and the wizard's JSON) leave out what is not known. */
const opt = (v: string | null): string | undefined => v ?? undefined;

const entry = (c: ContactView, detail: string | null = c.detail): ContactGroup['entries'][number] => ({
  name: c.name,
  detail: opt(detail),
  phone: opt(c.phone),
  afterHoursPhone: opt(c.afterHoursPhone),
  email: opt(c.email),
  web: opt(c.web),
});

/** A role's holder as the wizard reads them: the after-hours number as recorded (even when "same"). */
const rolePerson = (role: string, p: PersonView): SitePerson => ({
  role,
  name: p.name,
  position: p.position,
  phone: p.phone,
  afterHoursPhone: p.afterHoursSame ? p.phone : opt(p.afterHoursPhone),
  email: opt(p.email),
});

/** One card per person, in role order, listing every role they hold and its duty. */
function callCards(m: ViewModel): SitePerson[] {
  const cards = new Map<string, SitePerson>();
  for (const r of m.roleList) {
    const same = cards.get(r.person.id);
    if (same) {
      same.role += ` · ${r.label}`;
      same.duty = `${same.duty} ${r.duty}`;
    } else cards.set(r.person.id, { ...rolePerson(r.label, r.person), duty: r.duty });
  }
  return [...cards.values()];
}

function contactGroups(m: ViewModel): ContactGroup[] {
  const groups: ContactGroup[] = [
    {
      title: 'Our people',
      entries: m.people.map((p) => ({
        name: p.name,
        detail: p.position,
        phone: p.phone,
        afterHoursPhone: opt(p.afterHoursPhone),
        email: opt(p.email),
      })),
    },
    {
      title: 'Insurer, lawyer and IT',
      entries: [
        m.insurer &&
          entry(m.insurer, m.insurer.reference ? `Policy ${m.insurer.reference} · claims` : 'Claims'),
        m.lawyer && entry(m.lawyer),
        m.msp && entry(m.msp, `IT provider${m.msp.reference ? ` · contract ${m.msp.reference}` : ''}`),
        m.localPolice && entry(m.localPolice),
      ].filter((e) => !!e),
    },
    { title: 'Software and service vendors', entries: [...m.vendors, ...m.pathology].map((v) => entry(v)) },
    {
      // The engine's contacts, as the plan prints them (no postal or email: the plan has those).
      title: 'Regulators and hotlines',
      entries: [
        m.official.oaic,
        m.official.reportCyber,
        m.official.police,
        ...(m.mhr ? [m.official.adha] : []),
      ].map((c) => ({ ...entry(c), email: undefined })),
    },
  ];
  return groups.filter((g) => g.entries.length > 0);
}

function downloadLabel(path: string): string {
  if (path.endsWith('.pdf')) return 'Plan (PDF, for printing)';
  if (path.endsWith('.ics')) return 'Drill calendar (.ics)';
  if (path.endsWith('.md')) return `Plan text (${path.split('/').pop()})`;
  if (path.endsWith('.html')) return `Plan (${path.split('/').pop()})`;
  return path.split('/').pop() ?? path;
}

/** What the site reads of a build: the model and what was rendered from it. */
export type SiteSource = Pick<
  PlanArtifacts,
  'model' | 'policyHash' | 'noticePractice' | 'sections' | 'notices' | 'drills' | 'files'
>;

function wizardPractice(m: ViewModel, artifacts: SiteSource): WizardPractice {
  const p = m.practice;
  const people: WizardPractice['people'] = {};
  for (const r of m.roleList) people[r.key] = rolePerson(r.label, r.person);
  return {
    noticePractice: artifacts.noticePractice,
    id: p.id,
    name: p.tradingName,
    legalName: p.legalName,
    email: p.email,
    timeZone: p.timeZone,
    entity: m.entity,
    people,
    // The policy requires these numbers; the view model's contacts allow none, so test for them.
    insurer: m.insurer?.phone
      ? { name: m.insurer.name, phone: m.insurer.phone, policyNumber: opt(m.insurer.reference) }
      : undefined,
    // "Name (firm)", as the plan's roles section says it.
    lawyer: m.lawyer?.phone
      ? {
          name: m.lawyer.detail ? `${m.lawyer.name} (${m.lawyer.detail})` : m.lawyer.name,
          phone: m.lawyer.phone,
        }
      : undefined,
    itProvider: m.msp?.phone
      ? { name: m.msp.name, phone: m.msp.phone, afterHoursPhone: opt(m.msp.afterHoursPhone) }
      : undefined,
  };
}

/** What one practice's site is built from; `filesPrefix` is where the generator's files go ("files"). */
export function siteData(artifacts: SiteSource, filesPrefix: string): SiteData {
  const m = artifacts.model;
  return {
    model: m,
    policyHash: artifacts.policyHash,
    callTree: callCards(m),
    contactGroups: contactGroups(m),
    sections: artifacts.sections.map((s) => ({
      id: s.id,
      title: s.title,
      html: s.html.replace(/^\s*<h[1-3][^>]*>[\s\S]*?<\/h[1-3]>\s*/, ''),
    })),
    notices: artifacts.notices,
    drills: artifacts.drills,
    downloads: [...artifacts.files.entries()]
      .filter(([path]) => /\.(pdf|ics|md)$/.test(path))
      .map(([path, bytes]) => ({
        label: downloadLabel(path),
        path: `${filesPrefix}/${path}`,
        bytes: bytes.byteLength,
      })),
    wizard: wizardPractice(m, artifacts),
  };
}
