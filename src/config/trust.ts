/** Who owns a path and its permission bits (as `lstat` reports them). */
export interface Ownership {
  uid: number;
  mode: number;
}

/** Anyone may write: the "other" write bit. */
const WORLD_WRITABLE = 0o002;

/**
 * Whether copydesk may take configuration from a path: it exists, nobody
 * but its owner's group may write to it, and the owner is the user running
 * copydesk or root. A world-writable folder (`/tmp`, even with the sticky
 * bit) lets anyone drop a `.copydeskrc.json` in it; another user's folder
 * is theirs to change. A missing path holds nothing and is trusted.
 */
export function isTrustedPath(ownership: Ownership | null, uid: number | undefined): boolean {
  if (ownership === null) return true;
  if ((ownership.mode & WORLD_WRITABLE) !== 0) return false;
  if (uid === undefined) return true;
  return ownership.uid === uid || ownership.uid === 0;
}
