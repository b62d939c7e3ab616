import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** Flushes a file to disk (laptops lose power between a write and the rename that publishes it). */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a directory entry after a rename; Windows cannot open directories, and NTFS journals renames. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Publishes `tmp` as `target` atomically: flushed first, then renamed over it. */
export function publishFile(tmp: string, target: string): void {
  fsyncFile(tmp);
  renameSync(tmp, target);
  fsyncDir(dirname(target));
}

/** A temporary name next to `target`, on the same file system so the final rename is atomic. */
export function tempNameFor(target: string, tag: string): string {
  return `${target}.${tag}-${process.pid}-${Date.now()}.tmp`;
}

/** Removes a file and SQLite's side files, ignoring the ones that do not exist. */
export function removeDatabaseFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
}
