// Runs precompiled templates with the Handlebars runtime (no compiler at build time). Browser-safe:
// the wizard's notice drafts run through this module too (see notice-drafts.ts).
import Handlebars from 'handlebars/runtime.js';
import { HELPERS, type TemplateFormat } from './helpers.ts';

export type TemplateSpec = { format: TemplateFormat; spec: unknown };
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

const proxies = new WeakMap<object, object>();

/**
 * Handlebars' strict mode only checks bare {{a.b}} lookups, not helper arguments such as
 * {{#if a.b}} or {{md a.b}}. Reading the context through this proxy makes every missing field
 * throw, so a typo in any template fails the build instead of silently printing or hiding nothing.
 */
export function strictContext<T>(value: T, path = 'context'): T {
  if (value === null || typeof value !== 'object') return value;
  const cached = proxies.get(value);
  if (cached) return cached as T;
  const proxy = new Proxy(value, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target) {
        const v = Reflect.get(target, prop, receiver);
        return typeof prop === 'symbol' ? v : strictContext(v, `${path}.${prop}`);
      }
      throw new Error(`missing field "${path}.${prop}"`);
    },
  });
  proxies.set(value, proxy);
  return proxy;
}

/** A template function from a precompiled spec, with the format's helpers (for template fixtures in tests). */
export function templateFromSpec(format: TemplateFormat, spec: unknown): (context: unknown) => string {
  const fn = envs[format].template(spec);
  return (context) => fn(strictContext(context));
}

/** A renderer over a set of precompiled templates: throws on a missing field (strict mode) or an unknown template. */
export function makeRenderer(
  templates: Record<string, TemplateSpec>,
): (name: string, context: unknown) => string {
  const compiled = new Map<string, (context: unknown) => string>();
  return (name, context) => {
    let fn = compiled.get(name);
    if (!fn) {
      const entry = Object.hasOwn(templates, name) ? templates[name] : undefined;
      if (!entry) throw new Error(`no template "${name}"`);
      fn = envs[entry.format].template(entry.spec);
      compiled.set(name, fn);
    }
    try {
      return fn(strictContext(context));
    } catch (error) {
      throw new Error(`template ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
