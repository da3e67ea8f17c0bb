/**
 * File system errors as people read them. Node's messages quote the path as
 * the OS got it (escape sequences and all) and read like `ELOOP: too many
 * symbolic links encountered, stat '…'`; a report row already names the
 * path, so it needs only the reason.
 */

/** The OS reason for each error code copydesk can meet while reading or writing. */
const REASONS: Record<string, string> = {
  ENOENT: 'No such file',
  ENOTDIR: 'A part of the path is not a directory',
  EISDIR: 'Is a directory, expected a file',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EEXIST: 'File exists (use --force to overwrite)',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
  EROFS: 'Read-only file system',
  ENOSPC: 'No space left on device',
  EDQUOT: 'Disk quota exceeded',
  EFBIG: 'File too large',
  EMFILE: 'Too many open files (raise the limit with ulimit -n)',
  ENFILE: 'Too many open files in the system',
  EIO: 'Input/output error',
  EBUSY: 'Device or resource busy',
  ETXTBSY: 'Text file busy',
  EXDEV: 'Cross-device link',
  ENXIO: 'No such device or address',
  ENODEV: 'No such device',
  EINVAL: 'Invalid argument',
  EAGAIN: 'Resource temporarily unavailable',
  ENOMEM: 'Out of memory',
  EPIPE: 'Broken pipe',
  ESTALE: 'Stale file handle',
};

/** The error code of a Node.js system error, or undefined. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for an error the OS raised about a path (it has an `E…` code). */
export function isFsError(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && /^E[A-Z]+$/.test(code);
}

/**
 * The reason a file system operation failed, in words, without the path
 * (the caller names the path where it belongs). Unknown codes keep the code.
 */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined) {
    const reason = REASONS[code];
    if (reason) return reason;
    if (/^E[A-Z]+$/.test(code)) return `System error ${code}`;
  }
  return (error as Error)?.message ?? String(error);
}

/** True when a name holds U+FFFD: the OS gave bytes that are not UTF-8 and Node replaced them. */
export function hasUndecodableBytes(name: string): boolean {
  return name.includes('\ufffd');
}

/** Why a name with undecodable bytes cannot be opened, and what to do instead. */
export const UNDECODABLE_NAME =
  'File name is not valid UTF-8, so copydesk cannot open it by name (rename it, or pipe it in: copydesk < FILE)';
