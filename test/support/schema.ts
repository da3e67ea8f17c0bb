import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const SCHEMA = new URL('../../schema/copydesk-output-1.json', import.meta.url);

/** True once the published JSON schema is in the repository. */
export const hasSchema: boolean = existsSync(SCHEMA);

/** A validator for one story's JSON: the list of errors, empty when valid. */
export type Validate = (value: unknown) => string[];

/** Compiles schema/copydesk-output-1.json, or returns null when it is not there yet. */
export function loadValidator(): Validate | null {
  if (!hasSchema) return null;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
  return (value) => {
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
  };
}
