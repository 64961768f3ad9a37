// buildPractice: one policy → every artefact, in memory. Markdown is the single source of the plan:
// plan.md is the rendered templates, plan.html and the site sections are markdown-it's HTML of it,
// plan.pdf is laid out from markdown-it's tokens of it. Nothing reads the clock: the build date
// comes in as an option, so the same policy and date give byte-identical files.
import { formatDate, isIsoDate } from '@ndb-kit/engine';
import { type FontSet, renderPdf } from '@ndb-kit/pdf';
import { loadDefaultFonts } from '@ndb-kit/pdf/node-fonts';
import {
  type PolicyWarning,
  type PracticePolicy,
  planBanners,
  policyWarnings,
  validatePolicy,
  wasValidated,
} from '@ndb-kit/policy';
import { planMarks } from './approval.ts';
import { canonicalJson } from './canonical-json.ts';
import { buildDrillsIcs, type DrillLogEntry } from './drills.ts';
import { buildManifest, MANIFEST_FILE, manifestBytes, sha256 } from './manifest.ts';
import type Token from 'markdown-it/lib/token.mjs';
import { inlineText, joinParses, markdown, parseMarkdown, renderNoticeHtml } from './markdown.ts';
import { markdownToDocx, textToDocx } from './markdown-to-docx.ts';
import { htmlPage, noticePage, textToHtml } from './markdown-to-html.ts';
import { markdownToText } from './markdown-to-text.ts';
import { type NoticePractice, noticePractice, renderNoticeDrafts } from './notice-drafts.ts';
import { markdownWarnings, type OutputWarning, textWarnings } from './output-warnings.ts';
import { pdfCharacterWarnings, planPdfInput } from './plan-pdf.ts';
import { renderTemplate, TEMPLATE_NAMES } from './render-template.ts';
import { buildViewModel, type ViewModel } from './view-model/index.ts';
import type { OutputResult } from './output-folder.ts';
import { type WriteHooks, writeFilesAtomic } from './write-atomic.ts';

export interface BuildOptions {
  /** YYYY-MM-DD: the build date → PDF dates, DTSTAMP, "next drill" dates. The CLI defaults it to today in the practice's time zone. */
  date: string;
  /** Fonts for plan.pdf; defaults to the bundled Noto Sans (Node only). */
  fonts?: FontSet;
  /** The rules' law-as-at date the staleness warnings judge; defaults to the engine's (tests inject it). */
  lawAsAt?: string;
}

export interface PlanSection {
  id: string;
  title: string;
  markdown: string;
  /** HTML fragment. */
  html: string;
}

export interface SiteDrill {
  id: string;
  title: string;
  /** "second Tuesday of Feb, May, Aug, Nov" */
  schedule: string;
  nextDates: string[];
  lastHeld: string | null;
  nextDue: string | null;
  overdue: boolean;
  /** Newest first. */
  log: DrillLogEntry[];
}

export interface Notice {
  id: string;
  title: string;
  /** The source file: notices/<id>.md or notices/<id>.txt. */
  fileName: string;
  format: 'md' | 'txt';
  content: string;
  /** HTML fragment of the notice (the site shows it). */
  html: string;
  /** Plain text with no Markdown syntax (what notices/<id>.txt holds), for an email body or a letter. */
  text: string;
  /** Every file of this notice under notices/, by format: source, txt, html (print-ready page), docx. */
  files: { format: 'md' | 'txt' | 'html' | 'docx'; fileName: string }[];
}

export interface PlanArtifacts {
  policy: PracticePolicy;
  /** The one view model the plan, the notices and the site are made from (view-model/). */
  model: ViewModel;
  /** sha256 of the policy's canonical JSON (keys sorted, no whitespace). */
  policyHash: string;
  planMarkdown: string;
  /** Standalone printable page: inline CSS including @media print, no external assets. */
  planHtml: string;
  /** One per top-level plan section (the cover first), for the site. */
  sections: PlanSection[];
  notices: Notice[];
  /** The practice facts the notices print, for pages that render drafts client-side (@ndb-kit/generator/notices). */
  noticePractice: NoticePractice;
  /** Per drill: its schedule in words, the next dates, and where it stands (last held, next due, overdue, log). */
  drills: SiteDrill[];
  drillsIcs: string;
  /** What has aged as of the build date (never stops the build; the CLI prints them). */
  warnings: PolicyWarning[];
  /** What a reader would see as unfinished in the output (a TODO printed in a notice, an empty table); `ndb build --strict` fails on them. */
  outputWarnings: OutputWarning[];
  /** The reader-facing sentences the plan opens with (HTML, PDF, site home), one per banner warning. */
  banners: string[];
  /** Every output file by relative path: plan.md, plan.html, plan.pdf, plan.docx, notices/…, drills.ics, manifest.json. */
  files: Map<string, Uint8Array>;
}

/** One validation problem, as @ndb-kit/policy reports it. */
export type Issue = ReturnType<typeof validatePolicy>[number];

/**
 * The one "invalid policy" error (exit 2 in the CLI): a policy failed validation (`issues` says
 * where and why), or a set of policies cannot be built together (`ndb site`: two with one id,
 * warnings under --strict); `message` then says what, with the file.
 */
export class PolicyInvalidError extends Error {
  readonly issues: Issue[];
  constructor(
    issues: Issue[],
    message = `the policy is not valid (${issues.length} issue${issues.length === 1 ? '' : 's'})`,
  ) {
    super(message);
    this.name = 'PolicyInvalidError';
    this.issues = issues;
  }
}

const PLAN_TEMPLATES = TEMPLATE_NAMES.filter((n) => n.startsWith('plan/')).sort();
const encoder = new TextEncoder();

/** A promise awaited later: marked handled now, so a failure elsewhere first is not also an unhandled rejection. */
function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** A plan section, and its tokens (which joinParses reuses for the whole plan). */
function renderSection(name: string, model: unknown): [PlanSection, Token[]] {
  const source = `${renderTemplate(name, model).trim()}\n`;
  const tokens = parseMarkdown(source);
  if (tokens[0]?.type !== 'heading_open') throw new Error(`templates/${name}.hbs must start with a heading`);
  const section = {
    id: name.replace(/^plan\/(?:\d+-)?/, '').replace(/\.md$/, ''),
    title: inlineText(tokens[1]),
    markdown: source,
    html: markdown.renderer.render(tokens, markdown.options, {}),
  };
  return [section, tokens];
}

export async function buildPractice(policy: PracticePolicy, options: BuildOptions): Promise<PlanArtifacts> {
  if (!isIsoDate(options.date))
    throw new TypeError(`buildPractice: date must be YYYY-MM-DD, got ${JSON.stringify(options.date)}`);
  // The library guards itself too: the site may call it without the CLI's validation. A policy
  // loadPolicy already validated for this date (the same object) is not validated twice.
  const issues = wasValidated(policy, options.date)
    ? []
    : validatePolicy(policy, `${String((policy as { id?: unknown })?.id ?? 'policy')}.json`, undefined, {
        today: options.date,
      });
  if (issues.length > 0) throw new PolicyInvalidError(issues);

  const date = options.date;
  const warnings = policyWarnings(policy, { today: date, lawAsAt: options.lawAsAt });
  const banners = planBanners(policy, warnings);
  const model = buildViewModel(policy, date, banners);
  const org = policy.organisation;
  // "20 Nov 2026": the one date format the plan and notices print.
  const builtOn = formatDate(date).replace(/^[A-Z][a-z]{2} /, '');

  const parsed = PLAN_TEMPLATES.map((name) => renderSection(name, model));
  const sections = parsed.map(([section]) => section);
  const planMarkdown = sections.map((s) => s.markdown).join('\n');
  // The plan's one parse, made from the sections' (after their HTML, which had their own heading ids).
  const tokens = joinParses(parsed.map(([s, t]) => ({ source: s.markdown, tokens: t })));
  const planWarnings = markdownWarnings('plan.md', planMarkdown, tokens);
  const bodyHtml = markdown.renderer.render(tokens, markdown.options, {});
  const contents = tokens.flatMap((t, i) =>
    t.type === 'heading_open' && t.tag === 'h2'
      ? [{ id: t.attrGet('id') ?? '', title: inlineText(tokens[i + 1]) }]
      : [],
  );
  const title = `${org.tradingName}: data breach response plan`;
  // CONFIDENTIAL on every output of the plan, DRAFT while the approval does not cover it.
  const { mark } = planMarks(model.plan.approval);
  const planHtml = htmlPage({
    title,
    lang: 'en-AU',
    meta: `${mark} · ${org.tradingName} · Data breach response plan version ${policy.plan.version} · Built ${builtOn} · Decision support, not legal advice`,
    contents,
    bodyHtml,
  });

  // The Word documents are started before the PDF: their XML is written now and their large parts
  // compress on the thread pool (another core) while the PDF is laid out here; awaited below.
  const footer = `${org.tradingName} · Data breach response plan version ${policy.plan.version} · Built ${builtOn} · Decision support, not legal advice`;
  const planDocx = later(
    markdownToDocx({
      markdown: planMarkdown,
      tokens,
      title,
      creator: org.legalName,
      date,
      footer,
      header: mark,
    }),
  );

  // The same renderer as the wizard's drafts, with no incident: every fact stays a blank.
  const noticeFacts = noticePractice(model);
  const notices: Notice[] = [];
  const noticeFiles: [string, Uint8Array | Promise<Uint8Array>][] = [];
  const noticeWarnings: OutputWarning[] = [];
  for (const n of renderNoticeDrafts({ practice: noticeFacts, incident: null })) {
    const isMd = n.format === 'md';
    // One parse per notice, read by its .txt, HTML, .docx and output warnings (none changes it).
    const tokens = isMd ? parseMarkdown(n.content) : undefined;
    const text = tokens ? markdownToText(n.content, tokens) : n.content;
    const html = tokens ? renderNoticeHtml(n.content, tokens) : textToHtml(n.content);
    const meta = {
      title: `${n.title}: ${org.tradingName}`,
      creator: org.legalName,
      date,
      footer: `${org.tradingName} · ${n.title} · Draft built ${builtOn} · Decision support, not legal advice`,
    };
    const docx = later(
      tokens ? markdownToDocx({ ...meta, markdown: n.content, tokens }) : textToDocx(n.content, meta),
    );
    if (tokens) noticeWarnings.push(...markdownWarnings(`notices/${n.id}.${n.format}`, n.content, tokens));
    else noticeWarnings.push(...textWarnings(`notices/${n.id}.${n.format}`, n.content));
    const page = noticePage({ title: meta.title, meta: meta.footer, bodyHtml: html });
    const files: Notice['files'] = [
      { format: n.format, fileName: `${n.id}.${n.format}` },
      ...(isMd ? [{ format: 'txt' as const, fileName: `${n.id}.txt` }] : []),
      { format: 'html', fileName: `${n.id}.html` },
      { format: 'docx', fileName: `${n.id}.docx` },
    ];
    notices.push({
      id: n.id,
      title: n.title,
      fileName: `${n.id}.${n.format}`,
      format: n.format,
      content: n.content,
      html,
      text,
      files,
    });
    noticeFiles.push(
      [`notices/${n.id}.${n.format}`, encoder.encode(n.content)],
      ...(isMd ? [[`notices/${n.id}.txt`, encoder.encode(text)] as [string, Uint8Array]] : []),
      [`notices/${n.id}.html`, encoder.encode(page)],
      [`notices/${n.id}.docx`, docx],
    );
  }
  const outputWarnings = [...planWarnings, ...noticeWarnings];

  const fonts = options.fonts ?? (await loadDefaultFonts());
  const pdf = await renderPdf(planPdfInput(model, tokens, date, banners.length > 0, mark), fonts);
  // Characters no PDF font has: warned with the field's pointer (never a silent U+FFFD).
  warnings.push(...(await pdfCharacterWarnings(policy, fonts)));

  const drillsIcs = buildDrillsIcs(policy, date);
  const policyHash = sha256(canonicalJson(policy));

  const unsorted = new Map<string, Uint8Array>([
    ['plan.md', encoder.encode(planMarkdown)],
    ['plan.html', encoder.encode(planHtml)],
    ['plan.pdf', pdf],
    ['plan.docx', await planDocx],
    ['drills.ics', encoder.encode(drillsIcs)],
    ...(await Promise.all(
      noticeFiles.map(async ([name, bytes]): Promise<[string, Uint8Array]> => [name, await bytes]),
    )),
  ]);
  const files = new Map([...unsorted.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  files.set(MANIFEST_FILE, manifestBytes(buildManifest(policy.id, date, policyHash, files)));

  return {
    policy,
    model,
    policyHash,
    planMarkdown,
    planHtml,
    sections,
    notices,
    noticePractice: noticeFacts,
    drills: model.drills.map((d) => ({
      id: d.id,
      title: d.title,
      schedule: d.schedule,
      nextDates: d.nextDates,
      lastHeld: d.lastHeld,
      nextDue: d.nextDue,
      overdue: d.overdue,
      log: d.log,
    })),
    drillsIcs,
    warnings,
    outputWarnings,
    banners,
    files,
  };
}

/**
 * Writes every file atomically: outDir ends up holding this build plus the files the user added,
 * or is left as it was (output-folder.ts). Throws OutputError for what the user can fix.
 */
export async function writeBuild(
  artifacts: PlanArtifacts,
  outDir: string,
  hooks?: WriteHooks,
): Promise<OutputResult> {
  return writeFilesAtomic(artifacts.files, outDir, hooks);
}
