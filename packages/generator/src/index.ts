// @ndb-kit/generator: a practice policy → its data breach response plan (Markdown, HTML, PDF),
// notice drafts, drill calendar and manifest. Node only (PDF fonts, file writing); the notice
// drafts alone are also the browser-safe entry `@ndb-kit/generator/notices` (notice-drafts.ts).
export {
  type BuildOptions,
  buildPractice,
  type Issue,
  type Notice,
  type PlanArtifacts,
  type PlanSection,
  PolicyInvalidError,
  type SiteDrill,
  writeBuild,
} from './build.ts';
export {
  explainFsError,
  MARKER_FILE,
  OutputError,
  type OutputResult,
  unchangedOutput,
  writeOutputFolder,
} from './output-folder.ts';
export { buildKey, codeFingerprint } from './build-cache.ts';
export type { WriteHooks } from './write-atomic.ts';
export {
  buildViewModel,
  type ContactGroup,
  ROLE_LABELS,
  type SiteData,
  type SitePerson,
  siteData,
  type ViewModel,
  type WizardPractice,
} from './view-model/index.ts';
export { dollars } from './money.ts';
export { canonicalJson } from './canonical-json.ts';
export { escapeMarkdown } from './escape-markdown.ts';
export {
  type NoticeDraft,
  type NoticePractice,
  noticePractice,
  renderNoticeDrafts,
} from './notice-drafts.ts';
export { GENERATOR_VERSION, type Manifest, MANIFEST_FILE } from './manifest.ts';
export { renderHtmlFragment } from './markdown.ts';
export { TEMPLATE_VERSION } from './generated/templates.ts';
export { formatOutputWarning, type OutputWarning } from './output-warnings.ts';
export { markdownToText } from './markdown-to-text.ts';
