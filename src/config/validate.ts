import { FORMAT_NAMES } from '../cli/formats.js';
import type { Agency, CreditPhrase, NoisePhrase } from '../lexicon/index.js';
import { suggestion } from '../text/did-you-mean.js';
import type { CreditRole } from '../types.js';
import { MAX_JOBS } from './bounds.js';
import type { ConfigOptions, CopydeskConfig } from './types.js';

/** A configuration value that is not what copydesk expects; names the key and the expectation. */
export class ConfigError extends Error {
  /** Dotted path of the offending key, such as `options.width` or `agencies[2].tags`. */
  readonly key: string;

  /** `hint` follows the message, such as ` (did you mean width?)`. */
  constructor(key: string, expected: string, received: unknown, hint = '') {
    super(`${key}: expected ${expected}, got ${describe(received)}${hint}`);
    this.name = 'ConfigError';
    this.key = key;
  }
}

const CREDIT_ROLES: readonly CreditRole[] = [
  'photo',
  'reporting',
  'additional-reporting',
  'writing',
  'editing',
  'assistance',
  'contributor',
  'contact',
  'other',
];

const CHOICES = {
  format: FORMAT_NAMES,
  from: ['auto', 'text', 'anpa', 'iptc7901', 'markdown'],
  color: ['always', 'never', 'auto'],
} as const;

/** A short, truncated picture of a received value for error messages. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown, key: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ConfigError(key, 'a non-empty string', value);
  return value;
}

function stringList(value: unknown, key: string): string[] {
  if (!Array.isArray(value)) throw new ConfigError(key, 'an array of strings', value);
  return value.map((item, index) => nonEmptyString(item, `${key}[${index}]`));
}

function listOf<T>(value: unknown, key: string, item: (entry: unknown, key: string) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ConfigError(key, 'an array', value);
  return value.map((entry, index) => item(entry, `${key}[${index}]`));
}

function checkKeys(value: Record<string, unknown>, key: string, allowed: readonly string[]): void {
  for (const name of Object.keys(value)) {
    if (!allowed.includes(name)) {
      const where = key === '' ? name : `${key}.${name}`;
      throw new ConfigError(
        where,
        `one of the keys ${allowed.join(', ')}`,
        name,
        suggestion(name, allowed),
      );
    }
  }
}

function agency(value: unknown, key: string): Agency {
  // A bare string is shorthand for an agency whose name, tag and long name are that string.
  if (typeof value === 'string') {
    const name = nonEmptyString(value, key);
    return { name, tags: [name], names: [name] };
  }
  if (!isRecord(value)) throw new ConfigError(key, 'a name or { "name", "tags", "names" }', value);
  checkKeys(value, key, ['name', 'tags', 'names']);
  const name = nonEmptyString(value.name, `${key}.name`);
  return {
    name,
    tags: value.tags === undefined ? [name] : stringList(value.tags, `${key}.tags`),
    names: value.names === undefined ? [name] : stringList(value.names, `${key}.names`),
  };
}

function noisePhrase(value: unknown, key: string): NoisePhrase {
  if (typeof value === 'string') return { phrase: nonEmptyString(value, key), reason: 'noise' };
  if (!isRecord(value)) throw new ConfigError(key, 'a phrase or { "phrase", "reason" }', value);
  checkKeys(value, key, ['phrase', 'reason']);
  return {
    phrase: nonEmptyString(value.phrase, `${key}.phrase`),
    reason: value.reason === undefined ? 'noise' : nonEmptyString(value.reason, `${key}.reason`),
  };
}

function creditPhrase(value: unknown, key: string): CreditPhrase {
  if (!isRecord(value)) throw new ConfigError(key, '{ "phrase", "role" }', value);
  checkKeys(value, key, ['phrase', 'role']);
  const role = value.role;
  if (typeof role !== 'string' || !(CREDIT_ROLES as readonly string[]).includes(role)) {
    throw new ConfigError(
      `${key}.role`,
      `one of ${CREDIT_ROLES.join(', ')}`,
      role,
      typeof role === 'string' ? suggestion(role, CREDIT_ROLES) : '',
    );
  }
  return { phrase: nonEmptyString(value.phrase, `${key}.phrase`), role: role as CreditRole };
}

function choice<T extends string>(value: unknown, key: string, choices: readonly T[]): T {
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value))
    throw new ConfigError(
      key,
      `one of ${choices.join(', ')}`,
      value,
      typeof value === 'string' ? suggestion(value, choices) : '',
    );
  return value as T;
}

function boolean(value: unknown, key: string): boolean {
  if (typeof value !== 'boolean') throw new ConfigError(key, 'true or false', value);
  return value;
}

function wholeNumber(
  value: unknown,
  key: string,
  bounds: { min: number; max: number },
  example: string,
): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < bounds.min ||
    value > bounds.max
  )
    throw new ConfigError(
      key,
      bounds.max === Number.MAX_SAFE_INTEGER
        ? `a whole number ≥ ${bounds.min}, such as ${example}`
        : `a whole number from ${bounds.min} to ${bounds.max}, such as ${example}`,
      value,
    );
  return value;
}

function options(value: unknown): ConfigOptions {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new ConfigError('options', 'an object', value);
  checkKeys(value, 'options', [
    'format',
    'from',
    'frontMatter',
    'strict',
    'color',
    'width',
    'quiet',
    'silent',
    'verbose',
    'jobs',
    'ext',
  ]);
  const out: ConfigOptions = {};
  if (value.format !== undefined)
    out.format = choice(value.format, 'options.format', CHOICES.format);
  if (value.from !== undefined) out.from = choice(value.from, 'options.from', CHOICES.from);
  if (value.color !== undefined) out.color = choice(value.color, 'options.color', CHOICES.color);
  for (const name of ['frontMatter', 'strict', 'quiet', 'silent', 'verbose'] as const) {
    if (value[name] !== undefined) out[name] = boolean(value[name], `options.${name}`);
  }
  if (value.width !== undefined)
    out.width = wholeNumber(
      value.width,
      'options.width',
      { min: 0, max: Number.MAX_SAFE_INTEGER },
      '80',
    );
  if (value.jobs !== undefined)
    out.jobs = wholeNumber(value.jobs, 'options.jobs', { min: 1, max: MAX_JOBS }, '4');
  if (value.ext !== undefined)
    out.ext = stringList(value.ext, 'options.ext').map((ext) => ext.replace(/^\./, ''));
  return out;
}

/**
 * Checks a parsed configuration object and returns it typed.
 *
 * @throws {ConfigError} naming the first key that is wrong and what was expected.
 */
export function validateConfig(value: unknown): CopydeskConfig {
  if (!isRecord(value)) throw new ConfigError('(top level)', 'an object', value);
  checkKeys(value, '', ['$schema', 'agencies', 'noisePhrases', 'creditPhrases', 'options']);
  return {
    agencies: listOf(value.agencies, 'agencies', agency),
    noisePhrases: listOf(value.noisePhrases, 'noisePhrases', noisePhrase),
    creditPhrases: listOf(value.creditPhrases, 'creditPhrases', creditPhrase),
    options: options(value.options),
  };
}
