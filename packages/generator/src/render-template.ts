// Renders the plan's templates/<name>.hbs from the precompiled module (Node builds; the notices
// render through notice-drafts.ts).
import { TEMPLATES } from './generated/templates.ts';
import { makeRenderer, type TemplateSpec } from './render-runtime.ts';

export { strictContext, templateFromSpec } from './render-runtime.ts';

export const TEMPLATE_NAMES: readonly string[] = Object.keys(TEMPLATES);

/** Renders templates/<name>.hbs; throws on a missing field (strict mode) or an unknown template. */
export const renderTemplate: (name: string, context: unknown) => string = makeRenderer(
  TEMPLATES as Record<string, TemplateSpec>,
);
