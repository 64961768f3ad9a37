// A test per tailoring rule: the example plans and notices differ where their facts differ
// (practice type, jurisdiction, entity type and carve-ins, devices' encryption, vendor contract
// terms, HPI-O), synthetic variants flip one fact at a time, and hostile strings in the new
// fields stay inert.
import type { PracticePolicy } from '@ndb-kit/policy';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPractice, type PlanArtifacts } from './build.ts';
import { BUILD_DATE, loadExample, markdownText, norm } from './test/support.ts';

const cache = new Map<string, Promise<PlanArtifacts>>();
const build = (name: string) => {
  let a = cache.get(name);
  if (!a) {
    a = buildPractice(loadExample(name), { date: BUILD_DATE });
    cache.set(name, a);
  }
  return a;
};
const variant = (name: string, change: (p: PracticePolicy) => void) => {
  const p = structuredClone(loadExample(name));
  change(p);
  return buildPractice(p, { date: BUILD_DATE });
};
const plan = (a: PlanArtifacts) => norm(markdownText(a.planMarkdown));
const notice = (a: PlanArtifacts, id: string) => {
  const n = a.notices.find((x) => x.id === id);
  if (!n) throw new Error(`no notice ${id}`);
  return norm(n.format === 'md' ? markdownText(n.content) : n.content);
};
const section = (a: PlanArtifacts, from: string, to: string) =>
  norm(markdownText(a.planMarkdown.split(from)[1]?.split(to)[0] ?? ''));
const INDIVIDUALS = ['individuals-letter', 'individuals-email', 'website-statement'];

describe('by practice type', () => {
  it('psychology: the notices offer Beyond Blue and ask how it is safe to contact the person; the GP’s do not', async () => {
    const psych = await build('mindful-psychology');
    const gp = await build('harbourside-family-medical');
    for (const id of INDIVIDUALS) {
      expect(notice(psych, id)).toContain('Beyond Blue is on 1300 22 4636');
      expect(notice(psych, id)).toMatch(/we will use only (the|that) way/);
      expect(notice(gp, id)).not.toContain('Beyond Blue');
      expect(notice(gp, id)).not.toMatch(/we will use only (the|that) way/);
      expect(notice(gp, id)).toContain('Lifeline'); // everyone keeps the crisis line
    }
    expect(plan(psych)).toContain('Contact clients safely');
    expect(plan(psych)).toMatch(/Never leave details of the breach on a voicemail, a shared email address/);
    expect(plan(psych)).toContain('even the fact that someone is a client');
    expect(plan(gp)).not.toContain('Contact clients safely');
    // The people a practice serves are named as it names them.
    expect(notice(psych, 'website-statement')).toContain('some of our clients');
    expect(notice(gp, 'website-statement')).toContain('some of our patients');
    expect(plan(psych)).toContain('tell clients or the media');
  });

  it('each type names what it holds and where it goes wrong: imaging for the dentist, results for the GP', async () => {
    const opening = (a: PlanArtifacts) => section(a, '## 3. Step 1: Contain', '### 3.1');
    const dental = opening(await build('bright-smile-dental'));
    const gp = opening(await build('harbourside-family-medical'));
    expect(dental).toContain('Where breaches at a dental practice usually start');
    expect(dental).toMatch(/X-rays \(intraoral, OPG, CBCT\)/);
    expect(dental).toMatch(/imaging server or X-ray workstation/);
    expect(gp).toContain('Where breaches at a general practice usually start');
    expect(gp).toMatch(/pathology and imaging results/);
    expect(gp).not.toMatch(/X-ray/);
    const allied = opening(
      await variant('bright-smile-dental', (p) => (p.organisation.practiceType = 'physiotherapy')),
    );
    expect(allied).toContain('physiotherapy practice');
    expect(allied).toMatch(/workers’ compensation, CTP and NDIS claim details/);
  });

  it('NDIS: the Commission’s reportable incidents (not the breach itself), nominees and accessible formats', async () => {
    const ndis = await variant('mindful-psychology', (p) => (p.organisation.practiceType = 'ndis_provider'));
    const text = plan(ndis);
    expect(text).toContain('NDIS Quality and Safeguards Commission (1800 035 544');
    expect(text).toMatch(/a data breach is not itself a reportable incident/);
    expect(text).toContain('plan nominee or guardian');
    expect(notice(ndis, 'individuals-letter')).toMatch(/Easy Read/);
    expect(notice(ndis, 'individuals-letter')).not.toContain('Beyond Blue');
    for (const name of ['harbourside-family-medical', 'mindful-psychology', 'bright-smile-dental'])
      expect(plan(await build(name))).not.toContain('NDIS Quality and Safeguards');
  });
});

describe('by jurisdiction', () => {
  it('VIC names the Health Records Act 2001 (Vic) and the Health Complaints Commissioner; NSW the HRIP Act; QLD neither', async () => {
    const vic = await build('mindful-psychology');
    const nsw = await build('harbourside-family-medical');
    const qld = await build('bright-smile-dental');
    const other = (a: PlanArtifacts) => section(a, '### 5.5 Other bodies', '###');
    expect(other(vic)).toMatch(
      /VIC health records law: .*Health Records Act 2001 \(Vic\).*Health Complaints Commissioner/,
    );
    expect(other(nsw)).toMatch(
      /NSW health records law: .*Health Records and Information Privacy Act 2002 \(NSW\)/,
    );
    expect(other(qld)).not.toMatch(/health records law/);
    expect(notice(vic, 'individuals-letter')).toMatch(
      /Health Complaints Commissioner \(Victoria\).*Health Records Act 2001 \(Vic\)/,
    );
    expect(notice(nsw, 'individuals-letter')).toContain(
      'Health Records and Information Privacy Act 2002 (NSW)',
    );
    expect(notice(qld, 'individuals-letter')).not.toMatch(/Health Records|Health Complaints/);
    const act = await variant('bright-smile-dental', (p) => (p.organisation.entity.jurisdiction = 'ACT'));
    expect(notice(act, 'individuals-email')).toContain('Health Records (Privacy and Access) Act 1997 (ACT)');
  });
});

describe('by entity type and carve-ins', () => {
  const cover = (a: PlanArtifacts) => section(a, '**Why the notifiable', 'This plan follows');
  it('a small business with carve-ins says which bind it, with the engine’s sections; purpose-limited ones say so', async () => {
    const a = await variant('mindful-psychology', (p) => {
      p.organisation.entity.type = 'business';
      p.organisation.entity.carveIns = [
        'trades_in_personal_information',
        'commonwealth_contracted_service_provider',
      ];
    });
    const text = cover(a);
    expect(text).toMatch(/small business operator \(Privacy Act 1988 \(Cth\) s 6D\)/);
    expect(text).toMatch(/because it trades in personal information \(Privacy Act 1988 \(Cth\) s 6D\(4\)\)/);
    expect(text).toMatch(
      /Commonwealth contract \(Privacy Act 1988 \(Cth\) s 6D\(4\)\(e\)\), for the personal information it handles for that contract only/,
    );
    const none = cover(await variant('mindful-psychology', (p) => (p.organisation.entity.type = 'business')));
    expect(none).toMatch(/Confirm with your privacy officer or lawyer/);
  });

  it('a health service provider is bound by s 6D(4)(b); carve-ins listed by mistake do not change that', async () => {
    const a = await variant('mindful-psychology', (p) => (p.organisation.entity.carveIns = ['opted_in']));
    expect(cover(a)).toMatch(/s 6D\(4\)\(b\)/);
    expect(cover(a)).not.toMatch(/opted in/);
  });
});

describe('by system', () => {
  const lost = (a: PlanArtifacts) => section(a, '### 3.1 Lost', '### 3.2');
  it('each portable device’s encryption reaches the lost-device runbook', async () => {
    expect(lost(await build('bright-smile-dental'))).toMatch(
      /Clinic laptops \(3\): encrypted with BitLocker and a pre-boot PIN\. If the PIN was not written on/,
    );
    expect(lost(await build('mindful-psychology'))).toMatch(
      /Practice laptop: encrypted with FileVault\. If the Mac was shut down/,
    );
    expect(lost(await build('harbourside-family-medical'))).toMatch(
      /Doctors' laptops \(2\): encrypted with BitLocker, but without a pre-boot PIN.*do not treat it as fully protected/,
    );
  });

  it('an unencrypted laptop: the runbook says so and what follows; an unstated method is not taken on trust', async () => {
    const off = await variant('bright-smile-dental', (p) => {
      const laptop = p.systems.find((s) => s.id === 'laptops') as PracticePolicy['systems'][number];
      laptop.encryption = { atRest: false, inTransit: true };
    });
    expect(lost(off)).toMatch(
      /Clinic laptops \(3\): not encrypted\. Assume whoever has it can read everything/,
    );
    expect(off.planMarkdown).toContain('**not encrypted**');
    const unstated = await variant('bright-smile-dental', (p) => {
      const laptop = p.systems.find((s) => s.id === 'laptops') as PracticePolicy['systems'][number];
      delete laptop.encryption.method;
    });
    expect(lost(unstated)).toMatch(/recorded as encrypted, but not how\. Confirm with IT/);
  });

  it('the cyber runbook lists on-premises servers with their encryption and MFA, not the laptops', async () => {
    const ransomware = section(await build('bright-smile-dental'), '### 3.4', '### 3.5');
    expect(ransomware).toMatch(
      /ClearView Imaging, administered by Gabba Managed IT: not encrypted at rest: .*no multi-factor sign-in/,
    );
    expect(ransomware).not.toMatch(/Clinic laptops/);
    expect(ransomware).toMatch(/Cloud services to check for sign-ins from the attacker: DentalDesk Cloud/);
  });
});

describe('vendor contract terms', () => {
  const vendor = (a: PlanArtifacts) => section(a, '### 3.5', '### 3.6');
  it('each term is printed with its own hours and clause, and never as the law’s clock', async () => {
    const gp = vendor(await build('harbourside-family-medical'));
    expect(gp).toMatch(
      /BookNow Health: must tell the practice within 72 hours of becoming aware \(Customer Agreement cl 8\.2\)/,
    );
    expect(gp).toMatch(
      /SecureLink Messaging: must tell the practice within 24 hours of becoming aware \(Subscription Terms cl 12\.1\)/,
    );
    expect(gp).toMatch(/A contract window is not the law's clock/);
    expect(gp).toMatch(/assess within 30 days at most .*s 26WH\(2\)/);
    expect(gp).toMatch(/No contract term on breach notice is recorded for MedDesk Software/);
    const dental = vendor(await build('bright-smile-dental'));
    expect(dental).toMatch(
      /DentalDesk Cloud: must tell the practice within 72 hours .*Ask them at security@dentaldesk\.example/,
    );
    // A 30-day contract term stays the vendor's term: the law's 30 days are the practice's assessment.
    const thirty = vendor(
      await variant('bright-smile-dental', (p) => {
        (p.contacts.vendors[0] as PracticePolicy['contacts']['vendors'][number]).breachNotice = {
          hours: 720,
        };
      }),
    );
    expect(thirty).toMatch(/within 720 hours of becoming aware/);
  });
});

describe('HPI-O', () => {
  it('printed in both My Health Record notices and the plan when recorded; a blank and a pointer when not', async () => {
    const gp = await build('harbourside-family-medical');
    expect(notice(gp, 'my-health-record-notice')).toContain('HPI-O: 8003 6255 5120 0003');
    expect(notice(gp, 'my-health-record-oaic')).toContain('HPI-O 8003 6255 5120 0003');
    expect(plan(gp)).toContain("Have the practice's HPI-O ready: 8003 6255 5120 0003");
    const none = await variant('harbourside-family-medical', (p) => delete p.organisation.hpio);
    expect(none.notices.find((n) => n.id === 'my-health-record-notice')?.content).toContain(
      '**[[HPI-O NUMBER]]**',
    );
    expect(plan(none)).toMatch(/not recorded in the policy \(organisation\.hpio\)/);
  });
});

describe('sole practitioner', () => {
  it('reads naturally: no "you ticks", no one told to call or escalate to themselves', async () => {
    const text = plan(await build('mindful-psychology'));
    expect(text).toContain('You tick off each step');
    expect(text).not.toMatch(/\byou (ticks|decides|keeps|approves|has checked)\b/i);
    expect(text).not.toMatch(/call the deputy|\(decision maker\)|\(privacy officer\)|\(response lead\)/);
    // No deputy who is the same person stepping in for themselves; a stand-in is asked for instead.
    expect(text).not.toMatch(/Deputy Steps in when the response lead cannot be reached/);
    expect(text).toMatch(/If you cannot act .* there is no deputy in this plan/);
  });
});

describe('hostile strings in the new fields', () => {
  it('vendor terms and device notes stay text in Markdown, HTML and mailto', async () => {
    const evil = '<script>alert(1)</script> **bold** [x](javascript:alert(1)) | pipe';
    const a = await variant('bright-smile-dental', (p) => {
      const v = p.contacts.vendors[0] as PracticePolicy['contacts']['vendors'][number];
      v.breachNotice = { hours: 72, clause: evil };
      const laptop = p.systems.find((s) => s.id === 'laptops') as PracticePolicy['systems'][number];
      laptop.encryption.notes = evil;
    });
    expect(a.planHtml).not.toContain('<script>');
    expect(a.planHtml).not.toMatch(/href="javascript:/);
    expect(a.planHtml).not.toContain('<strong>bold</strong>');
    const docx = strFromU8(
      unzipSync(a.files.get('plan.docx') as Uint8Array)['word/document.xml'] as Uint8Array,
    );
    expect(docx).not.toContain('<script>');
    expect(docx).toContain('&lt;script&gt;alert(1)&lt;/script&gt; **bold**');
    expect(norm(markdownText(a.planMarkdown))).toContain(
      '(<script>alert(1)</script> **bold** [x](javascript:alert(1)) | pipe)',
    );
  });
});
