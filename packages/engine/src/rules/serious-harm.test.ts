import { describe, expect, it } from 'vitest';
import { resolvedIncident as inc } from '../test-support/resolved.ts';
import { HARM_FACTORS, seriousHarm } from './serious-harm.ts';

describe('serious harm (s 26WG)', () => {
  it('lists the matters (c) to (j) in the order of the Act, each cited', () => {
    expect(HARM_FACTORS.map((f) => f.citation)).toEqual([
      's26WG(c)',
      's26WG(d)',
      's26WG(e)',
      's26WG(f)',
      's26WG(g)',
      's26WG(h)',
      's26WG(i)',
      's26WG(j)',
    ]);
  });
  it('finds harm likely for health information in an attacker’s hands', () => {
    expect(seriousHarm(inc({ recipient: 'malicious_or_unknown' }), ['health']).likelihood).toBe('likely');
  });
  it('finds harm not likely when the key is secure, whoever has it', () => {
    expect(
      seriousHarm(inc({ recipient: 'public', protection: 'encrypted_key_secure' }), ['health']).likelihood,
    ).toBe('not_likely');
  });
  it('treats encryption with a compromised key like no encryption (note to (h))', () => {
    const r = seriousHarm(
      inc({ recipient: 'malicious_or_unknown', protection: 'encrypted_key_compromised' }),
      ['health'],
    );
    expect(r.likelihood).toBe('likely');
    expect(r.factors.find((f) => f.factor === 'circumvention_knowledge')?.effect).toBe('raises');
  });
  it('finds harm not likely with a trusted recipient', () => {
    expect(seriousHarm(inc({ recipient: 'trusted_recipient' }), ['health']).likelihood).toBe('not_likely');
  });
  it('is uncertain for identity information sent to an unintended person, and likely if they are vulnerable', () => {
    expect(seriousHarm(inc(), ['identity']).likelihood).toBe('uncertain');
    expect(seriousHarm(inc({ information: { vulnerableIndividuals: true } }), ['identity']).likelihood).toBe(
      'likely',
    );
  });
  it('is not likely for work contact details alone', () => {
    expect(seriousHarm(inc({ recipient: 'public' }), ['business_contact']).likelihood).toBe('not_likely');
  });
});
