// Fixed public contacts that every plan, notice and wizard result may need. Kept here once, with
// their sources (legal reference §12–§13), so the policy files never repeat them.

export interface OfficialContact {
  id: string;
  name: string;
  purpose: string;
  phone?: string;
  email?: string;
  web?: string;
  postal?: string;
  source: string;
}

export const OFFICIAL_CONTACTS = {
  oaic: {
    id: 'oaic',
    name: 'Office of the Australian Information Commissioner (OAIC)',
    purpose: 'Notifiable data breach statements (online NDB form); enquiries',
    phone: '1300 363 992',
    email: 'enquiries@oaic.gov.au',
    web: 'https://www.oaic.gov.au/privacy/notifiable-data-breaches/report-a-data-breach',
    postal: 'GPO Box 5218, Sydney NSW 2001',
    source: 'S27, S65',
  },
  oaicMhr: {
    id: 'oaicMhr',
    name: 'OAIC: My Health Record data breaches',
    purpose:
      'My Health Record data breach notices to the Information Commissioner (My Health Records Act s 75): not the NDB form',
    phone: '1300 363 992',
    email: 'enquiries@oaic.gov.au',
    web: 'https://www.oaic.gov.au/privacy/privacy-guidance-for-organisations-and-government-agencies/health-service-providers/my-health-record/report-a-my-health-record-data-breach',
    source: 'S93',
  },
  oaicComplaints: {
    id: 'oaicComplaints',
    name: 'OAIC: privacy complaints',
    purpose: 'Complaints from individuals, after they have complained to the practice',
    phone: '1300 363 992',
    web: 'https://www.oaic.gov.au/privacy/privacy-complaints',
    source: 'S94',
  },
  adha: {
    id: 'adha',
    name: 'Australian Digital Health Agency (My Health Record System Operator)',
    purpose: 'My Health Record data breach notifications (s 75)',
    web: 'https://www.digitalhealth.gov.au/healthcare-providers/initiatives-and-programs/my-health-record/data-breaches/my-health-record-data-breach-notification',
    source: 'S31',
  },
  reportCyber: {
    id: 'reportCyber',
    name: 'Australian Cyber Security Hotline / ReportCyber (ASD’s ACSC)',
    purpose: 'Report cybercrime and cyber incidents; ransomware payment reports go to ASD',
    phone: '1300 292 371 (1300 CYBER1)',
    web: 'https://www.cyber.gov.au/report-and-recover',
    source: 'S50',
  },
  police: {
    id: 'police',
    name: 'Police Assistance Line',
    purpose: 'Report theft, burglary or extortion (000 in an emergency)',
    phone: '131 444',
    source: 'S50b',
  },
  ndisCommission: {
    id: 'ndisCommission',
    name: 'NDIS Quality and Safeguards Commission',
    purpose:
      'Reportable incidents from registered NDIS providers (death, serious injury, abuse or neglect, unlawful sexual or physical contact, sexual misconduct: within 24 hours; unauthorised restrictive practices: 5 business days). A data breach by itself is not a reportable incident.',
    phone: '1800 035 544',
    web: 'https://www.ndiscommission.gov.au/rules-and-standards/managing-and-reporting-incidents/reportable-incidents',
    source: 'S49, S100',
  },
} as const satisfies Record<string, OfficialContact>;

/** Support lines a notice to individuals offers (legal reference §13.6). */
export const SUPPORT_CONTACTS = {
  interpreter: {
    name: 'TIS National (Translating and Interpreting Service)',
    phone: '131 450',
    source: 'S98',
  },
  lifeline: { name: 'Lifeline', phone: '13 11 14', source: 'S98' },
  /** Mental health support, offered beside Lifeline in a psychology or mental-health practice's notices. */
  beyondBlue: {
    name: 'Beyond Blue',
    phone: '1300 22 4636',
    web: 'https://www.beyondblue.org.au',
    source: 'S99',
  },
  idcare: { name: 'IDCARE', phone: '1800 595 160', web: 'https://www.idcare.org', source: 'S98' },
} as const;

/** State health-privacy laws and complaint bodies that sit beside the Privacy Act for private health providers (legal reference §9.6). */
export const STATE_HEALTH_PRIVACY: Partial<
  Record<string, { law: 'vic_hra' | 'nsw_hrip' | 'act_hrpa'; regulator: string; web: string }>
> = {
  VIC: {
    law: 'vic_hra',
    regulator: 'Health Complaints Commissioner (Victoria)',
    web: 'https://hcc.vic.gov.au',
  },
  NSW: {
    law: 'nsw_hrip',
    regulator: 'Information and Privacy Commission NSW',
    web: 'https://www.ipc.nsw.gov.au',
  },
  ACT: { law: 'act_hrpa', regulator: 'ACT Human Rights Commission', web: 'https://hrc.act.gov.au' },
};
