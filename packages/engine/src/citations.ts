// The one table of legal sources. Every step, factor and obligation cites keys of this table, and
// the CLI and the site print the heading and summary from here. `source` ids refer to the source
// registry of the project's legal reference (docs/legal-reference.md §15); `status` is how firmly
// the statement was confirmed there.

export interface Citation {
  /** Short form printed beside a finding. */
  cite: string;
  heading: string;
  summary: string;
  source: string;
  status: 'confirmed' | 'secondary' | 'partial' | 'reasoning';
  url?: string;
}

const PA = 'Privacy Act 1988 (Cth)';
const AUSTLII = 'http://classic.austlii.edu.au/au/legis/cth/consol_act/pa1988108/';

function pa(
  section: string,
  heading: string,
  summary: string,
  source: string,
  status: Citation['status'] = 'confirmed',
): Citation {
  const base = section.replace(/\(.*$/, '').toLowerCase();
  return { cite: `${PA} s ${section}`, heading, summary, source, status, url: `${AUSTLII}s${base}.html` };
}

export const CITATIONS = {
  s6C: pa(
    '6C',
    'Organisation',
    'An organisation is an individual, body corporate, partnership, unincorporated association or trust, but not a small business operator or a State or Territory authority.',
    'S25',
  ),
  s6D: pa(
    '6D',
    'Small business and small business operators',
    'A small business has an annual turnover of $3,000,000 or less for the previous financial year; its operator is generally outside the Act.',
    'S25',
  ),
  's6D(4)': pa(
    '6D(4)',
    'Small businesses that are not exempt',
    'A small business that provides a health service and holds health information (other than in employee records), trades in personal information, or is a Commonwealth contracted service provider is covered whatever its turnover.',
    'S25',
  ),
  's6D(4)(b)': pa(
    '6D(4)(b)',
    'Small businesses that are not exempt—health service providers',
    'A small business operator that provides a health service to another individual and holds any health information (other than in an employee record) is an organisation whatever its turnover.',
    'S25',
  ),
  's6D(4)(e)': pa(
    '6D(4)(e)',
    'Small businesses that are not exempt—Commonwealth contracted service providers',
    'A small business operator that is a contracted service provider for a Commonwealth contract is covered, but only for the personal information it handles for that contract.',
    'S74',
    'partial',
  ),
  's6E(1A)': pa(
    '6E(1A)',
    'Small business operators treated as organisations—AML/CTF reporting entities',
    'A small business operator that is a reporting entity under the AML/CTF Act is treated as an organisation for the personal information it handles for its AML/CTF obligations.',
    'S54',
    'partial',
  ),
  's6(1)': pa(
    '6(1)',
    'Definitions—sensitive information',
    'Sensitive information includes health information about an individual (and racial or ethnic origin, political opinions, religious beliefs, sexual orientation, criminal record, genetic and biometric information).',
    'S68',
    'secondary',
  ),
  s6FA: pa(
    '6FA',
    'Meaning of health information',
    'Health information includes information or an opinion about an individual’s health or a health service provided to them, and other personal information collected to provide, or in providing, a health service to them (s 6FA(b)): a health practice’s patients’ names, contact details and identifiers are health information.',
    'S52',
    'secondary',
  ),
  s6E: pa(
    '6E',
    'Small business operators treated as organisations',
    'Some small business operators are covered anyway: AML/CTF reporting entities, residential tenancy database operators, registered employee associations and others prescribed.',
    'S24',
    'secondary',
  ),
  s6EA: pa(
    '6EA',
    'Small business operators may choose to be treated as organisations',
    'A small business operator can opt in to the Act.',
    'S53',
  ),
  s6FB: pa(
    '6FB',
    'Meaning of health service',
    'An activity intended to assess, maintain, improve or manage health, diagnose or treat illness, injury or disability, or dispense on prescription.',
    'S52',
    'secondary',
  ),
  's7B(3)': pa(
    '7B(3)',
    'Employee records exemption',
    "A private employer's act directly related to a current or former employment relationship and an employee record it holds is exempt.",
    'S56',
  ),
  s11: pa(
    '11',
    'File number recipient',
    'Anyone in possession or control of a record containing tax file number information; employees’ TFN records are attributed to the employer.',
    'S55',
  ),
  s26WD: pa(
    '26WD',
    'Exception—notification under the My Health Records Act 2012',
    'Part IIIC does not apply to an access, disclosure or loss that has been, or is required to be, notified under s 75 of the My Health Records Act.',
    'S07',
  ),
  's26WE(1)': pa(
    '26WE(1)',
    'Eligible data breach—scope',
    'The scheme covers APP entities for personal information, credit reporting bodies and credit providers for credit information, and file number recipients for tax file number information.',
    'S23',
    'partial',
  ),
  's26WE(2)(a)': pa(
    '26WE(2)(a)',
    'Eligible data breach—access or disclosure limb',
    'Unauthorised access to or disclosure of the information, where a reasonable person would conclude it would be likely to result in serious harm to any of the individuals.',
    'S13',
    'secondary',
  ),
  's26WE(2)(b)': pa(
    '26WE(2)(b)',
    'Eligible data breach—loss limb',
    'Loss of the information where unauthorised access or disclosure is likely to occur and, if it did, a reasonable person would conclude serious harm would be likely.',
    'S13',
    'secondary',
  ),
  's26WF(1)': pa(
    '26WF(1)',
    'Exception—remedial action (access or disclosure)',
    'Action taken before serious harm results, so that a reasonable person would conclude serious harm is not likely, means it is not an eligible data breach.',
    'S18',
    'partial',
  ),
  's26WF(2)': pa(
    '26WF(2)',
    'Exception—remedial action (particular individuals)',
    'Where remedial action removes the likely risk for particular individuals only, those individuals need not be notified.',
    'S05',
    'partial',
  ),
  's26WF(3)': pa(
    '26WF(3)',
    'Exception—remedial action (loss)',
    'Action taken after a loss and before any unauthorised access or disclosure, so that none occurs, means it is not an eligible data breach.',
    'S18',
    'partial',
  ),
  's26WF(4)': pa(
    '26WF(4)',
    'Exception—remedial action (loss followed by access or disclosure)',
    'Where lost information has been accessed or disclosed, action taken before that results in serious harm, so that a reasonable person would conclude serious harm is not likely, means it is not an eligible data breach.',
    'S18',
    'partial',
  ),
  's26WF(5)': pa(
    '26WF(5)',
    'Exception—remedial action (loss; particular individuals)',
    'As s 26WF(4), but where the conclusion is reached for particular individuals only: those individuals need not be notified.',
    'S05',
    'partial',
  ),
  's26WG(c)': pa(
    '26WG(c)',
    'Serious harm—the kind or kinds of information',
    'Have regard to the kind or kinds of information.',
    'S06',
  ),
  's26WG(d)': pa(
    '26WG(d)',
    'Serious harm—sensitivity',
    'Have regard to the sensitivity of the information.',
    'S06',
  ),
  's26WG(e)': pa(
    '26WG(e)',
    'Serious harm—security measures',
    'Have regard to whether the information is protected by one or more security measures.',
    'S06',
  ),
  's26WG(f)': pa(
    '26WG(f)',
    'Serious harm—overcoming the measures',
    'If so, the likelihood that any of those security measures could be overcome.',
    'S06',
  ),
  's26WG(g)': pa(
    '26WG(g)',
    'Serious harm—who has or could obtain it',
    'The persons, or kinds of persons, who have obtained, or who could obtain, the information.',
    'S06',
  ),
  's26WG(h)': pa(
    '26WG(h)',
    'Serious harm—encryption and keys',
    'If encryption or similar technology was used, the likelihood that people who intend harm have or could obtain the key or knowledge needed to circumvent it.',
    'S06',
  ),
  's26WG(i)': pa(
    '26WG(i)',
    'Serious harm—the nature of the harm',
    'Have regard to the nature of the harm.',
    'S06',
  ),
  's26WG(j)': pa(
    '26WG(j)',
    'Serious harm—any other relevant matters',
    'Have regard to any other relevant matters.',
    'S06',
  ),
  s26WH: pa(
    '26WH',
    'Assessment of suspected eligible data breach',
    'With reasonable grounds to suspect (but not believe) an eligible data breach, carry out a reasonable and expeditious assessment and take all reasonable steps to complete it within 30 days.',
    'S02',
  ),
  's26WH(2)': pa(
    '26WH(2)',
    'Assessment within 30 days',
    'Take all reasonable steps to ensure the assessment is completed within 30 days after becoming aware of the grounds to suspect.',
    'S02',
  ),
  s26WJ: pa(
    '26WJ',
    'Exception—eligible data breaches of other entities (assessment)',
    'If another entity affected by the same breach carries out the assessment, the others need not.',
    'S03',
  ),
  s26WK: pa(
    '26WK',
    'Statement about eligible data breach',
    'With reasonable grounds to believe there has been an eligible data breach, prepare a statement and give it to the Commissioner as soon as practicable.',
    'S01',
  ),
  's26WK(2)': pa(
    '26WK(2)',
    'Statement—as soon as practicable',
    'Prepare the statement and give a copy to the Commissioner as soon as practicable after becoming aware of reasonable grounds to believe there has been an eligible data breach.',
    'S01',
  ),
  's26WK(3)': pa(
    '26WK(3)',
    'Contents of the statement',
    'Identity and contact details of the entity, a description of the breach, the kinds of information concerned, and recommended steps for individuals.',
    'S01',
  ),
  's26WK(4)': pa(
    '26WK(4)',
    'Statement may name other entities',
    'The statement may also set out the identity and contact details of other entities affected by the same breach.',
    'S01',
  ),
  's26WL(2)': pa(
    '26WL(2)',
    'Notifying individuals—the three options',
    '(a) notify everyone whose information was involved, if practicable; (b) notify those at risk, if practicable; (c) otherwise publish the statement on the website and publicise it.',
    'S05',
  ),
  's26WL(3)': pa(
    '26WL(3)',
    'Notifying individuals—timing',
    'Notify individuals as soon as practicable after preparing the statement.',
    'S05',
  ),
  s26WM: pa(
    '26WM',
    'Exception—eligible data breaches of other entities (notification)',
    'If another entity affected by the same breach gives the statement and notifies individuals, the others need not.',
    'S04',
  ),
  s26WN: pa(
    '26WN',
    'Exception—enforcement related activities',
    'Where the chief executive officer of an enforcement body believes on reasonable grounds that notifying individuals would be likely to prejudice an enforcement related activity of that body, the individuals need not be notified (the statement to the Commissioner is still given). Only an enforcement body can rely on it.',
    'S15',
    'secondary',
  ),
  s26WQ: pa(
    '26WQ',
    'Exception—declaration by Commissioner',
    'The Commissioner may declare that notification is not required or extend the time to notify, having regard to advice from an enforcement body.',
    'S08',
  ),
  s26WR: pa(
    '26WR',
    'Commissioner may direct entity to notify eligible data breach',
    'If the Commissioner is aware of reasonable grounds to believe there has been an eligible data breach, the Commissioner may direct the entity to prepare a statement, give it to the Commissioner and notify the individuals, after inviting a submission.',
    'S09',
  ),
  mhr_s75: {
    cite: 'My Health Records Act 2012 (Cth) s 75',
    heading: 'Notification of data breaches',
    summary:
      'A registered healthcare provider organisation must notify the System Operator (ADHA) and, unless it is a State or Territory authority, the Information Commissioner as soon as practicable after becoming aware of a breach that has or may have occurred.',
    source: 'S30',
    status: 'confirmed',
    url: 'http://classic.austlii.edu.au/au/legis/cth/consol_act/mhra2012180/s75.html',
  },
  'mhr_s75(5)(c)': {
    cite: 'My Health Records Act 2012 (Cth) s 75(5)(c)',
    heading: 'Where a breach may have occurred',
    summary:
      'Ask the System Operator to notify affected healthcare recipients if the breach is reasonably likely to have occurred and its effects might be serious for at least one of them.',
    source: 'S31',
    status: 'confirmed',
  },
  'mhr_s75(6)(d)': {
    cite: 'My Health Records Act 2012 (Cth) s 75(6)(d)',
    heading: 'Where a breach has occurred',
    summary:
      'Ask the System Operator to notify all affected healthcare recipients (and the public if a significant number are affected).',
    source: 'S31',
    status: 'confirmed',
  },
  aia_s36: {
    cite: 'Acts Interpretation Act 1901 (Cth) s 36',
    heading: 'Reckoning of time',
    summary:
      'A period that begins after a given day does not include that day: the 30 days start the day after awareness.',
    source: 'S57',
    status: 'confirmed',
  },
  csa_s27: {
    cite: 'Cyber Security Act 2024 (Cth) s 27',
    heading: 'Ransomware payment reports',
    summary:
      'A reporting business entity (turnover over $3 million, or a responsible entity for a critical infrastructure asset) must report a ransomware or cyber-extortion payment made by it or on its behalf to the Australian Signals Directorate within 72 hours.',
    source: 'S42',
    status: 'secondary',
  },
  soci_part2b: {
    cite: 'Security of Critical Infrastructure Act 2018 (Cth) Part 2B',
    heading: 'Mandatory cyber incident reporting',
    summary:
      'A responsible entity for a critical infrastructure asset must report a cyber security incident to ASD’s ACSC: 12 hours for a significant impact, 72 hours for a relevant impact.',
    source: 'S43',
    status: 'secondary',
  },
  apra_cps234: {
    cite: 'APRA Prudential Standard CPS 234 Information Security',
    heading: 'Notification of information security incidents',
    summary:
      'An APRA-regulated entity must notify APRA no later than 72 hours after becoming aware of a material information security incident.',
    source: 'S44',
    status: 'confirmed',
  },
  gdpr_art33: {
    cite: 'General Data Protection Regulation (EU) 2016/679 art 33',
    heading: 'Notification of a personal data breach to the supervisory authority',
    summary:
      'A controller subject to the GDPR notifies the supervisory authority without undue delay and, where feasible, within 72 hours, unless the breach is unlikely to result in a risk.',
    source: 'S45',
    status: 'confirmed',
  },
  gdpr_art34: {
    cite: 'General Data Protection Regulation (EU) 2016/679 art 34',
    heading: 'Communication of a personal data breach to the data subject',
    summary:
      'When a personal data breach is likely to result in a high risk to people’s rights and freedoms, the controller tells the people affected without undue delay (unless the data was unintelligible to others, later measures removed the high risk, or it would involve disproportionate effort).',
    source: 'S45',
    status: 'secondary',
  },
  nsw_ppip_6a: {
    cite: 'Privacy and Personal Information Protection Act 1998 (NSW) Part 6A',
    heading: 'Mandatory notification of data breaches (NSW public sector)',
    summary:
      'NSW public sector agencies must assess a suspected eligible data breach within 30 days and notify the NSW Privacy Commissioner and affected individuals.',
    source: 'S46',
    status: 'secondary',
  },
  qld_ip_ch3a: {
    cite: 'Information Privacy Act 2009 (Qld) Chapter 3A',
    heading: 'Mandatory notification of data breaches (Queensland agencies)',
    summary:
      'From 1 July 2025 Queensland agencies must assess suspected eligible data breaches within 30 days and notify the Queensland Information Commissioner and affected individuals.',
    source: 'S47',
    status: 'secondary',
  },
  oaic_threat_actor: {
    cite: 'OAIC, Notifiable Data Breaches Report January–June 2024',
    heading: 'Threat actors’ assurances',
    summary:
      'Do not rely on a threat actor’s promise to delete stolen information when assessing the likelihood of serious harm.',
    source: 'S66',
    status: 'secondary',
  },
  oaic_likely: {
    cite: 'Explanatory Memorandum, Privacy Amendment (Notifiable Data Breaches) Bill 2016',
    heading: '"Likely" means more probable than not',
    summary:
      'Serious harm is "likely" when it is more probable than not, not merely possible; judged from the position of a reasonable person in the entity’s place.',
    source: 'S59',
    status: 'secondary',
  },
  oaic_mhr_breach: {
    cite: 'OAIC, Report a My Health Record data breach (10 Oct 2023)',
    heading: 'My Health Record data breach notice to the Information Commissioner',
    summary:
      'A reporting entity that is not a State or Territory body notifies both the System Operator (ADHA) and the OAIC; the OAIC asks for the breach’s details (including whether it was inadvertent or intentional, systemic or isolated, other entities involved, any similar past breach, measures in place, and whether a response plan existed and was activated) but not the identities of the healthcare recipients, which go to the System Operator.',
    source: 'S93',
    status: 'secondary',
    url: 'https://www.oaic.gov.au/privacy/privacy-guidance-for-organisations-and-government-agencies/health-service-providers/my-health-record/report-a-my-health-record-data-breach',
  },
  oaic_complaints: {
    cite: 'Privacy Act 1988 (Cth) s 36; OAIC, Privacy complaints',
    heading: 'Complaints to the Information Commissioner',
    summary:
      'An individual may complain to the Information Commissioner about an act or practice that may be an interference with their privacy; the OAIC asks people to complain to the organisation first.',
    source: 'S94',
    status: 'secondary',
    url: 'https://www.oaic.gov.au/privacy/privacy-complaints',
  },
  vic_hra: {
    cite: 'Health Records Act 2001 (Vic)',
    heading: 'Victorian health privacy law',
    summary:
      'Private-sector health service providers in Victoria must also follow the Health Privacy Principles; complaints go to the Health Complaints Commissioner.',
    source: 'S95',
    status: 'secondary',
  },
  nsw_hrip: {
    cite: 'Health Records and Information Privacy Act 2002 (NSW)',
    heading: 'NSW health privacy law',
    summary:
      'Private-sector health service providers in NSW must also follow the Health Privacy Principles; complaints go to the Information and Privacy Commission NSW.',
    source: 'S96',
    status: 'secondary',
  },
  act_hrpa: {
    cite: 'Health Records (Privacy and Access) Act 1997 (ACT)',
    heading: 'ACT health privacy law',
    summary:
      'Health service providers in the ACT must also follow the Privacy Principles for health records; complaints go to the ACT Human Rights Commission.',
    source: 'S97',
    status: 'secondary',
  },
  oaic_four_steps: {
    cite: 'OAIC, Data breach preparation and response (contain, assess, notify, review)',
    heading: 'Responding to a data breach',
    summary: 'Contain the breach, assess it, notify where required, and review to prevent a recurrence.',
    source: 'S22',
    status: 'confirmed',
  },
} as const satisfies Record<string, Citation>;

export type CitationKey = keyof typeof CITATIONS;

/** The printed citation for a key. */
export function cite(key: CitationKey): string {
  return CITATIONS[key].cite;
}

/** Look a printed citation back up (for the CLI and the site). */
export function citationFor(printed: string): Citation | undefined {
  return Object.values(CITATIONS).find((c) => c.cite === printed);
}
