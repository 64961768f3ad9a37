// Turns a validated policy and the generator's artifacts into the SiteData the pages render.
// The call tree and contacts come straight from the policy (tap-to-call numbers); the plan text,
// notices and drills come from the generator so the site and the PDF never disagree.
import {
  LAW_AS_AT,
  NOT_ADVICE,
  OFFICIAL_CONTACTS,
  type OfficialContact,
  RULES_VERSION,
} from '@ndb-kit/engine';
import type { NoticePractice } from '@ndb-kit/generator/notices';
import type { PracticePolicy } from '@ndb-kit/policy';
import type { ContactGroup, Person, SiteData } from '../src/lib/site-data.ts';

/** The part of @ndb-kit/generator's PlanArtifacts the site uses. */
export interface PlanArtifactsLike {
  policyHash: string;
  noticePractice: NoticePractice;
  sections: { id: string; title: string; markdown?: string; html: string }[];
  notices: { id: string; title: string; fileName: string; format: string; content: string; html: string }[];
  drills: SiteData['drills'];
  /** Reader-facing staleness sentences ("This plan was due for review on …"). */
  banners: string[];
  files: Map<string, Uint8Array>;
}

const ROLES: [key: keyof PracticePolicy['roles'], label: string, duty: string][] = [
  ['responseLead', 'Response lead', 'Runs the response and keeps the clock'],
  ['deputy', 'Deputy', 'Steps in if the response lead cannot be reached in 30 minutes'],
  ['privacyOfficer', 'Privacy officer', 'Keeps the incident register; prepares the OAIC statement'],
  ['decisionMaker', 'Decision maker', 'Decides whether to notify; approves notices'],
  ['itContact', 'IT contact', 'Contains the technical side with the IT provider'],
  ['communicationsLead', 'Communications lead', 'Sends notices; handles patient enquiries'],
];

function person(
  policy: PracticePolicy,
  id: string | undefined,
  role: string,
  duty?: string,
): Person | undefined {
  const p = policy.people.find((x) => x.id === id);
  if (!p) return undefined;
  return {
    role,
    duty,
    name: p.name,
    position: p.position,
    phone: p.phone,
    afterHoursPhone: p.afterHoursPhone,
    email: p.email,
  };
}

const official = (c: OfficialContact): ContactGroup['entries'][number] => ({
  name: c.name,
  detail: c.purpose,
  ...(c.phone ? { phone: c.phone } : {}),
  ...(c.web ? { web: c.web } : {}),
});

function downloadLabel(path: string): string {
  if (path.endsWith('.pdf')) return 'Plan (PDF, for printing)';
  if (path.endsWith('.ics')) return 'Drill calendar (.ics)';
  if (path.endsWith('.md')) return `Plan text (${path.split('/').pop()})`;
  if (path.endsWith('.html')) return `Plan (${path.split('/').pop()})`;
  return path.split('/').pop() ?? path;
}

export function toSiteData(
  policy: PracticePolicy,
  artifacts: PlanArtifactsLike,
  buildDate: string,
  filesPrefix: string,
): SiteData {
  const org = policy.organisation;
  const roles = policy.roles;
  // One card per person, in role order, listing every role they hold.
  const callTree: Person[] = [];
  for (const [key, label, duty] of ROLES) {
    const found = person(policy, roles[key], label, duty);
    if (!found) continue;
    const same = callTree.find((c) => c.name === found.name);
    if (same) {
      same.role += ` · ${label}`;
      same.duty = `${same.duty}. ${duty}`;
    } else callTree.push(found);
  }
  const c = policy.contacts;
  const groups: ContactGroup[] = [
    {
      title: 'Our people',
      entries: policy.people.map((p) => ({
        name: p.name,
        detail: p.position,
        phone: p.phone,
        afterHoursPhone: p.afterHoursPhone,
        email: p.email,
      })),
    },
    {
      title: 'Insurer, lawyer and IT',
      entries: [
        c.insurer && {
          name: c.insurer.name,
          detail: c.insurer.policyNumber ? `Policy ${c.insurer.policyNumber} · claims` : 'Claims',
          phone: c.insurer.claimsPhone,
          email: c.insurer.email,
        },
        c.lawyer && {
          name: c.lawyer.name,
          detail: c.lawyer.firm,
          phone: c.lawyer.phone,
          email: c.lawyer.email,
        },
        c.managedServiceProvider && {
          name: c.managedServiceProvider.name,
          detail: `IT provider${c.managedServiceProvider.contractReference ? ` · contract ${c.managedServiceProvider.contractReference}` : ''}`,
          phone: c.managedServiceProvider.phone,
          afterHoursPhone: c.managedServiceProvider.afterHoursPhone,
          email: c.managedServiceProvider.email,
        },
        c.localPolice && { name: c.localPolice.station, detail: 'Local police', phone: c.localPolice.phone },
      ].filter((e) => !!e),
    },
    {
      title: 'Software and service vendors',
      entries: [...c.vendors, ...(c.pathology ?? [])].map((v) => ({
        name: v.name,
        detail: v.service,
        phone: v.phone,
        email: v.email,
        web: v.supportUrl,
      })),
    },
    {
      // The engine's contacts (with their sources), so the site, the plan and the decisions agree.
      title: 'Regulators and hotlines',
      entries: [
        official(OFFICIAL_CONTACTS.oaic),
        official(OFFICIAL_CONTACTS.reportCyber),
        official(OFFICIAL_CONTACTS.police),
        ...(org.entity.myHealthRecordParticipant ? [official(OFFICIAL_CONTACTS.adha)] : []),
      ],
    },
  ].filter((g) => g.entries.length > 0);

  const people: Record<string, Person> = {};
  for (const [key, label] of ROLES) {
    const p = person(policy, roles[key], label);
    if (p) people[key] = p;
  }
  const address = [org.address.street, org.address.suburb, org.address.state, org.address.postcode]
    .filter(Boolean)
    .join(' ');
  return {
    id: policy.id,
    name: org.tradingName,
    buildDate,
    planVersion: policy.plan?.version ?? '1',
    policyHash: artifacts.policyHash,
    banners: artifacts.banners,
    rulesVersion: RULES_VERSION,
    lawAsAt: LAW_AS_AT,
    notAdvice: NOT_ADVICE,
    callTree,
    contactGroups: groups,
    // Each section's HTML opens with its own title; the pages print the title themselves.
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
    wizard: {
      noticePractice: artifacts.noticePractice,
      id: policy.id,
      name: org.tradingName,
      legalName: org.legalName,
      abn: org.abn,
      address,
      phone: org.phone,
      email: org.email,
      timeZone: org.timeZone,
      entity: { ...org.entity, name: org.tradingName },
      people,
      insurer: c.insurer && {
        name: c.insurer.name,
        phone: c.insurer.claimsPhone,
        policyNumber: c.insurer.policyNumber,
      },
      lawyer: c.lawyer && {
        name: c.lawyer.firm ? `${c.lawyer.name} (${c.lawyer.firm})` : c.lawyer.name,
        phone: c.lawyer.phone,
      },
      itProvider: c.managedServiceProvider && {
        name: c.managedServiceProvider.name,
        phone: c.managedServiceProvider.phone,
        afterHoursPhone: c.managedServiceProvider.afterHoursPhone,
      },
      policyHash: artifacts.policyHash,
    },
  };
}
