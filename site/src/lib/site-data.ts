// What one practice's site is built from: the generator's artifacts plus the policy facts the
// pages and the wizard need. scripts/practice-data.ts makes it; the pages only read it.
import type { Entity } from '@ndb-kit/engine';
import type { NoticePractice } from '@ndb-kit/generator/notices';

export interface Person {
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
  abn?: string;
  address: string;
  phone: string;
  email: string;
  timeZone: string;
  entity: Partial<Entity>;
  /** Keyed by role: privacyOfficer, responseLead, decisionMaker, itContact, deputy, communicationsLead. */
  people: Record<string, Person>;
  insurer?: { name: string; phone: string; policyNumber?: string };
  lawyer?: { name: string; phone: string };
  itProvider?: { name: string; phone: string; afterHoursPhone?: string };
  policyHash: string;
  /** The practice facts the notice templates print, exactly as the generator makes them. */
  noticePractice: NoticePractice;
}

export interface SiteData {
  id: string;
  name: string;
  buildDate: string;
  planVersion: string;
  policyHash: string;
  /** Reader-facing staleness sentences, shown at the top of the home page (and the plan page). */
  banners: string[];
  rulesVersion: string;
  lawAsAt: string;
  notAdvice: string;
  callTree: Person[];
  contactGroups: ContactGroup[];
  sections: { id: string; title: string; html: string }[];
  notices: { id: string; title: string; fileName: string; format: string; content: string; html: string }[];
  drills: {
    id: string;
    title: string;
    /** "second Tuesday of Feb, May, Aug, Nov" */
    schedule: string;
    nextDates: string[];
    lastHeld: string | null;
    /** The next scheduled date not yet met; when overdue, the date that was missed. */
    nextDue: string | null;
    overdue: boolean;
    /** The drill log, newest first. */
    log: { date: string; attendees: string | null; notes: string | null; changes: string | null }[];
  }[];
  /** Generator files shipped with the site, relative to the practice folder. */
  downloads: { label: string; path: string; bytes: number }[];
  wizard: WizardPractice;
}

/** The client half, built once (site-assets.ts): file names are relative to `base`. */
export interface ClientAssets {
  /** "./_astro/" for a self-contained folder, "../_shared/_astro/" under `ndb site --all`. */
  base: string;
  css: { site: string; wizard: string };
  /** The wizard's entry module and every module it imports statically (preloaded), entry first. */
  wizard: string[];
  notices: string;
}
