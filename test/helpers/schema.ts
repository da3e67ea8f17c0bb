import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/copydesk-output-1.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });

/** Validates one story object against the shipped JSON Schema; returns the errors as text. */
export const validateStory: ValidateFunction = ajv.compile(schema);

/** The validation errors of the last call, readable. */
export function schemaErrors(): string {
  return ajv.errorsText(validateStory.errors);
}
