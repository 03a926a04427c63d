// Reading one input (a file or standard input) into bytes, with the refusals the CLI reports.
// Files are read synchronously: one input at a time, and node:fs/promises would cost start-up time.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Readable } from "node:stream";

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

export type InputBytes = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

async function readStream(stream: AsyncIterable<Uint8Array | string>, maxSize: number): Promise<InputBytes> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxSize) return { ok: false, message: tooBig(maxSize) };
    chunks.push(bytes);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/** Reads a file descriptor to its end (also FIFOs and devices, whose size is unknown). */
function readDescriptor(fd: number, maxSize: number): InputBytes {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(size < 65536 ? 65536 : Math.min(size, 8 << 20));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    size += n;
    if (size > maxSize) return { ok: false, message: tooBig(maxSize) };
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
  }
  return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) };
}

const tooBig = (max: number) => `input is larger than the ${formatSize(max)} limit (see --max-size)`;

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "no such file (a parent is not a directory)",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "file name too long",
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) || (error instanceof Error ? error.message.split("\n")[0]! : String(error));
}

export async function readInput(path: string, stdin: Readable, maxSize: number): Promise<InputBytes> {
  if (path === "-") return readStream(stdin, maxSize);
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, message: "is a directory" };
    if (info.isFile() && info.size > maxSize) return { ok: false, message: tooBig(maxSize) };
    return readDescriptor(fd, maxSize);
  } catch (error) {
    return { ok: false, message: reasonOf(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
