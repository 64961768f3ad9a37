// The register: columns, CSV that Excel opens safely, HTML that stays inert, the PDF document.
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  registerCsv,
  registerHtml,
  registerJson,
  registerPdfInput,
  registerRow,
  registerText,
  sortRows,
} from './register.ts';
import { incidentStatus } from './status.ts';
import { believed, build, ROUND_TRIP } from './test-support/round-trip.ts';
import { openIncidentFile } from './file.ts';

const NOW = '2026-12-16T09:00:00+11:00';
const meta = { now: NOW, timeZone: 'Australia/Sydney', source: 'incidents' };

/** RFC 4180 reader, enough to read our own CSV back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

async function declared() {
  return build(
    [
      { assess: believed(), now: '2026-11-23T17:00:00+11:00' },
      {
        log: { type: 'oaic-statement', at: '2026-11-24T09:00:00+11:00', ref: 'NDB-9' },
        now: '2026-11-24T09:00:00+11:00',
      },
      {
        log: {
          type: 'commissioner-declaration',
          at: '2026-11-25T09:00:00+11:00',
          declaration: 'extension',
          newDue: '2026-12-15',
          ref: 'D-7',
        },
        now: '2026-11-25T09:00:00+11:00',
      },
    ],
    '2026-11-23T12:00:00+11:00',
  );
}

describe('the register', () => {
  it('one row per incident with the plan’s columns', async () => {
    const row = registerRow('2026-001.json', incidentStatus(await build(ROUND_TRIP()), { now: NOW }));
    expect(row).toMatchObject({
      reference: '2026-001',
      aware: '2026-11-23T11:00:00+11:00',
      believed: '2026-11-24T09:00:00+11:00',
      assessed: '2026-11-24T09:00:00+11:00',
      statement: '2026-11-25T10:00:00+11:00',
      notified: '2026-11-25T15:00:00+11:00',
      outcome: 'notify',
      individuals: 1,
      oaicReference: 'NDB-2026-0417',
      status: 'closed',
      daysAwareToDecision: 1,
      daysBeliefToStatement: 1,
      statementGiven: true,
    });
    const csv = readCsv(registerCsv([row]).slice(1));
    expect(csv[0]).toEqual([
      'Reference',
      'Title',
      'Aware',
      'Believed',
      'Assessed',
      'Statement to OAIC',
      'Individuals notified',
      'Outcome',
      'Individuals',
      'OAIC reference',
      'Commissioner',
      'Status',
      'Days aware to decision',
      'Days belief to statement',
      'File',
    ]);
    expect(csv[1]).toEqual([
      '2026-001',
      'GP note emailed to the wrong patient',
      '2026-11-23 11:00',
      '2026-11-24 09:00',
      '2026-11-24 09:00',
      '2026-11-25 10:00',
      '2026-11-25 15:00',
      'Notify',
      '1',
      'NDB-2026-0417',
      '',
      'Closed 2026-11-30',
      '1',
      '1',
      '2026-001.json',
    ]);
  });

  it('a s 26WQ declaration shows as the individuals’ new due date, overdue after it', async () => {
    const s = incidentStatus(await declared(), { now: NOW });
    const row = registerRow('d.json', s);
    expect(row).toMatchObject({
      individualsDue: '2026-12-15',
      commissioner: 's 26WQ declaration: individuals by 2026-12-15 (D-7)',
      status: 'overdue',
      overdue: ['Tell the people affected'],
    });
    const csv = readCsv(registerCsv([row]).slice(1))[1]!;
    expect(csv[6]).toBe('due 2026-12-15');
    expect(csv[10]).toBe('s 26WQ declaration: individuals by 2026-12-15 (D-7)');
    expect(csv[11]).toBe('Overdue — overdue: Tell the people affected');
    const before = registerRow(
      'd.json',
      incidentStatus(await declared(), { now: '2026-12-15T09:00:00+11:00' }),
    );
    expect(before.status).toBe('open');
  });

  it('CSV: UTF-8 BOM, CRLF, and no cell Excel would run as a formula', async () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const hostile of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvCell(hostile).replace(/^"/, '').startsWith("'"), hostile).toBe(true);
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('plain')).toBe('plain');
    const file = await openIncidentFile({
      reference: '-2026-7',
      title: '=HYPERLINK("http://x","click")',
      now: '2026-11-23T09:00',
    });
    const csv = registerCsv([registerRow('@evil.json', incidentStatus(file, { now: NOW }))]);
    expect(csv.startsWith('\uFEFFReference,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const cells = readCsv(csv.slice(1))[1]!;
    expect(cells[0]).toBe("'-2026-7");
    expect(cells[1]).toBe('\'=HYPERLINK("http://x","click")');
    expect(cells[14]).toBe("'@evil.json");
    for (const c of cells) expect(c, c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('HTML: every value escaped', async () => {
    const file = await openIncidentFile({
      reference: '<script>alert(1)</script>',
      title: "\"><img src=x onerror=alert(1)> & 'quoted'",
      now: '2026-11-23T09:00',
    });
    const html = registerHtml([registerRow('<b>x</b>.json', incidentStatus(file, { now: NOW }))], {
      ...meta,
      source: '</title><script>alert(2)</script>',
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quoted&#39;');
    expect(html).toContain(
      '<title>Incident register — &lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>',
    );
  });

  it('text and JSON forms, and a stable order', async () => {
    const a = registerRow('a.json', incidentStatus(await declared(), { now: NOW }));
    const b = registerRow('b.json', incidentStatus(await build(ROUND_TRIP()), { now: NOW }));
    const rows = sortRows([b, a]);
    expect(rows.map((r) => r.file)).toEqual(['a.json', 'b.json']); // same awareness and reference: by file
    const text = registerText(rows, meta);
    expect(text).toContain('Incident register — incidents — 2 incidents (as at Wed 16 Dec 2026 09:00 AEDT)');
    expect(text).toContain('[Overdue — overdue: Tell the people affected]');
    const json = JSON.parse(registerJson(rows, meta));
    expect(json.format).toBe('ndb-kit incident register');
    expect(json.rows[0].individualsDue).toBe('2026-12-15');
  });

  it('the PDF document: a summary table, then one section per incident', async () => {
    const row = registerRow('2026-001.json', incidentStatus(await build(ROUND_TRIP()), { now: NOW }));
    const input = registerPdfInput([row], meta);
    expect(input.date.toISOString()).toBe('2026-12-15T22:00:00.000Z');
    expect(input.blocks.filter((b) => b.type === 'table')).toHaveLength(2);
    expect(input.blocks).toContainEqual({
      type: 'heading',
      level: 2,
      text: '2026-001 — GP note emailed to the wrong patient',
    });
  });
});
