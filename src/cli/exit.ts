/** Exit codes, as documented in `--help` and the README. */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70, interrupted: 130 } as const;
