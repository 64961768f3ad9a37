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
    purpose: 'Notifiable data breach statements (online NDB form) and My Health Record breach notices',
    phone: '1300 363 992',
    email: 'enquiries@oaic.gov.au',
    web: 'https://www.oaic.gov.au/privacy/notifiable-data-breaches/report-a-data-breach',
    postal: 'GPO Box 5218, Sydney NSW 2001',
    source: 'S27, S65',
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
} as const satisfies Record<string, OfficialContact>;
