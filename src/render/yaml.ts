/**
 * YAML for front matter, behind our own ESM module so that the lazy import in
 * src/optional.ts gets named exports from yaml's CommonJS build when bundled.
 */
export { stringify } from 'yaml';
