/** copydesk's version, inlined at build time from package.json. */
declare const __COPYDESK_VERSION__: string | undefined;

/** The version `--version` prints. */
export const VERSION: string =
  typeof __COPYDESK_VERSION__ === 'string' ? __COPYDESK_VERSION__ : '0.0.0-dev';
