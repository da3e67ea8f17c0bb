/**
 * The JSON contract is written twice: as the `ArticleJson` type that the
 * renderer returns and TypeScript consumers import, and as the JSON Schema
 * that other consumers validate against. This test reads both into one
 * neutral shape (keys, required keys, nullability, primitive kinds, enums,
 * nested objects and arrays) and requires them to be equal, so a key renamed,
 * added or dropped on one side only fails here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as TS from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// Required, not imported: an ESM import of this CommonJS package scans all of
// its 9 MB for export names first, most of a second of CPU.
const ts: typeof TS = createRequire(import.meta.url)('typescript');

type Shape =
  | { kind: 'string' | 'number' | 'boolean'; nullable: boolean }
  | { kind: 'enum'; values: Array<string | number>; nullable: boolean }
  | { kind: 'array'; items: Shape; nullable: boolean }
  | {
      kind: 'object';
      properties: Record<string, Shape>;
      required: string[];
      nullable: boolean;
    };

type Schema = Record<string, unknown>;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_PATH = `${ROOT}schema/copydesk-output-1.json`;

/** The shape a JSON Schema (the subset the contract uses) describes. */
function fromSchema(schema: Schema, path = '$'): Shape {
  if (Array.isArray(schema.oneOf)) {
    const options = schema.oneOf as Schema[];
    const rest = options.filter((option) => option.type !== 'null');
    if (rest.length !== 1 || options.length !== 2)
      throw new Error(`${path}: expected oneOf [null, one shape]`);
    return { ...fromSchema(rest[0] as Schema, path), nullable: true };
  }
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type as string);
  const nullable = types.includes('null');
  const kinds = types.filter((type) => type !== 'null');
  if ('const' in schema) return { kind: 'enum', values: [schema.const as string], nullable };
  if (Array.isArray(schema.enum))
    return { kind: 'enum', values: [...(schema.enum as string[])].sort(), nullable };
  if (kinds.length !== 1) throw new Error(`${path}: expected one type, got ${types.join(', ')}`);
  const kind = kinds[0];
  switch (kind) {
    case 'string':
    case 'boolean':
      return { kind, nullable };
    case 'integer':
    case 'number':
      return { kind: 'number', nullable };
    case 'array':
      return { kind: 'array', items: fromSchema(schema.items as Schema, `${path}[]`), nullable };
    case 'object': {
      const properties: Record<string, Shape> = {};
      for (const [key, value] of Object.entries(
        (schema.properties ?? {}) as Record<string, Schema>,
      ))
        properties[key] = fromSchema(value, `${path}.${key}`);
      return {
        kind: 'object',
        properties,
        required: [...((schema.required ?? []) as string[])].sort(),
        nullable,
      };
    }
    default:
      throw new Error(`${path}: cannot handle type \`${kind}\``);
  }
}

/** The shape a TypeScript type describes, as the type checker sees it. */
function fromType(checker: TS.TypeChecker, type: TS.Type, path = '$'): Shape {
  const members = type.isUnion() ? type.types : [type];
  const nullable = members.some((member) => member.flags & ts.TypeFlags.Null);
  const rest = members.filter((member) => !(member.flags & ts.TypeFlags.Null));
  if (rest.length > 0 && rest.every((member) => member.flags & ts.TypeFlags.BooleanLiteral))
    return { kind: 'boolean', nullable };
  if (rest.every((member) => member.isStringLiteral() || member.isNumberLiteral()))
    return {
      kind: 'enum',
      values: rest.map((member) => (member as TS.LiteralType).value as string).sort(),
      nullable,
    };
  if (rest.length !== 1) throw new Error(`${path}: expected one type besides null`);
  const only = rest[0] as TS.Type;
  if (only.flags & ts.TypeFlags.String) return { kind: 'string', nullable };
  if (only.flags & ts.TypeFlags.Number) return { kind: 'number', nullable };
  if (checker.isArrayType(only)) {
    const [item] = checker.getTypeArguments(only as TS.TypeReference);
    if (!item) throw new Error(`${path}: array without an item type`);
    return { kind: 'array', items: fromType(checker, item, `${path}[]`), nullable };
  }
  if (only.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) {
    const properties: Record<string, Shape> = {};
    const required: string[] = [];
    for (const property of checker.getPropertiesOfType(only)) {
      properties[property.name] = fromType(
        checker,
        checker.getTypeOfSymbol(property),
        `${path}.${property.name}`,
      );
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
    }
    return { kind: 'object', properties, required: required.sort(), nullable };
  }
  throw new Error(`${path}: cannot handle type \`${checker.typeToString(only)}\``);
}

/** Every object in a shape, with its path, for the "every key is always present" rule. */
function objects(shape: Shape, path = '$'): Array<[string, Extract<Shape, { kind: 'object' }>]> {
  if (shape.kind === 'array') return objects(shape.items, `${path}[]`);
  if (shape.kind !== 'object') return [];
  return [
    [path, shape],
    ...Object.entries(shape.properties).flatMap(([key, value]) => objects(value, `${path}.${key}`)),
  ];
}

/** Types the named type aliases or interfaces of a program that holds json.ts and `extra`. */
function typesOf(names: string[], extra = ''): Shape[] {
  const options: TS.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const probe = `${ROOT}src/render/contract-probe.ts`;
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  const text = `import type { ArticleJson } from './json.js';\nexport type Probe = ArticleJson;\n${extra}`;
  host.readFile = (name) => (name === probe ? text : readFile(name));
  host.fileExists = (name) => name === probe || fileExists(name);
  host.getSourceFile = (name, version) =>
    name === probe ? ts.createSourceFile(name, text, version) : getSourceFile(name, version);
  const program = ts.createProgram([probe], options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(probe);
  if (!source) throw new Error('Missing the probe source file');
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source) as TS.Symbol);
  return names.map((name) => {
    const symbol = exports.find((candidate) => candidate.name === name);
    if (!symbol) throw new Error(`Missing type ${name}`);
    return fromType(checker, checker.getDeclaredTypeOfSymbol(symbol));
  });
}

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Schema;

describe('the JSON types and the JSON Schema', () => {
  let fromTypes: Shape;
  let renamedInType: Shape;

  beforeAll(() => {
    const [probe, renamed] = typesOf(
      ['Probe', 'Renamed'],
      `type T = NonNullable<ArticleJson['transmission']>;
       export type Renamed = Omit<ArticleJson, 'transmission'> & {
         transmission: (Omit<T, 'slug'> & { slugline: string | null }) | null;
       };`,
    );
    if (!probe || !renamed) throw new Error('Missing a probed type');
    fromTypes = probe;
    renamedInType = renamed;
  }, 60_000);

  it('describe the same keys, required keys, kinds, enums and nesting', () => {
    expect(fromTypes).toEqual(fromSchema(schema));
  });

  it('list every key of every object as required, as the contract promises', () => {
    for (const [path, shape] of [...objects(fromSchema(schema)), ...objects(fromTypes)])
      expect({ path, required: shape.required }).toEqual({
        path,
        required: Object.keys(shape.properties).sort(),
      });
  });

  it('fail when a key is renamed in the schema only', () => {
    const renamed = structuredClone(schema) as {
      properties: { transmission: { oneOf: Array<{ properties?: Record<string, unknown> }> } };
    };
    const object = renamed.properties.transmission.oneOf[1]?.properties;
    if (!object) throw new Error('Missing the transmission object in the schema');
    object.slugline = object.slug;
    delete object.slug;
    expect(fromSchema(renamed as unknown as Schema)).not.toEqual(fromTypes);
  });

  it('fail when a key is renamed in the type only', () => {
    expect(renamedInType).not.toEqual(fromSchema(schema));
  });

  it('fail when an enum loses a value in the schema only', () => {
    const changed = structuredClone(schema) as {
      properties: { credits: { items: { properties: { role: { enum: string[] } } } } };
    };
    const role = changed.properties.credits.items.properties.role;
    role.enum = role.enum.filter((value) => value !== 'signoff');
    expect(fromSchema(changed as unknown as Schema)).not.toEqual(fromTypes);
  });
});
