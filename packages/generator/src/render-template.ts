// Runs the precompiled templates with the Handlebars runtime (no compiler at build time).
import Handlebars from 'handlebars/runtime';
import { TEMPLATES } from './generated/templates.ts';
import { HELPERS, type TemplateFormat } from './helpers.ts';

type Spec = { format: TemplateFormat; spec: unknown };
type Runtime = {
  create(): Runtime;
  registerHelper(name: string, fn: (...args: unknown[]) => string): void;
  template(spec: unknown): (context: unknown) => string;
};

const runtime = Handlebars as unknown as Runtime;
const envs = Object.fromEntries(
  (['md', 'txt'] as const).map((format) => {
    const env = runtime.create(); // isolated: nothing registered globally can leak in
    for (const [name, fn] of Object.entries(HELPERS[format])) env.registerHelper(name, fn);
    return [format, env];
  }),
) as Record<TemplateFormat, Runtime>;

const compiled = new Map<string, (context: unknown) => string>();

export const TEMPLATE_NAMES: readonly string[] = Object.keys(TEMPLATES);

/** Renders templates/<name>.hbs; throws on a missing field (strict mode) or an unknown template. */
export function renderTemplate(name: string, context: unknown): string {
  let fn = compiled.get(name);
  if (!fn) {
    const entry = (TEMPLATES as Record<string, Spec>)[name];
    if (!entry) throw new Error(`no template "${name}"`);
    fn = envs[entry.format].template(entry.spec);
    compiled.set(name, fn);
  }
  try {
    return fn(context);
  } catch (error) {
    throw new Error(`template ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
