// Reading one input (a file or standard input) into bytes, with the refusals the CLI reports.
import { open, stat } from "node:fs/promises";
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

export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) || (error instanceof Error ? error.message.split("\n")[0]! : String(error));
}

export async function readInput(path: string, stdin: Readable, maxSize: number): Promise<InputBytes> {
  if (path === "-") return readStream(stdin, maxSize);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: "is a directory" };
    if (info.isFile() && info.size > maxSize) return { ok: false, message: tooBig(maxSize) };
    const handle = await open(path, "r");
    try {
      return await readStream(handle.createReadStream(), maxSize);
    } finally {
      await handle.close().catch(() => undefined);
    }
  } catch (error) {
    return { ok: false, message: reasonOf(error) };
  }
}
