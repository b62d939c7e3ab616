import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';

// Where a clerk's USB stick shows up, so the backup page can offer it without a folder dialog (the
// browser build has none): the drive letters other than the system's on Windows, the mount points
// of removable media on Linux and macOS.

function folderExists(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function childFolders(dir: string): string[] {
  try {
    return readdirSync(dir)
      .map((name) => join(dir, name))
      .filter(folderExists);
  } catch {
    return [];
  }
}

/** Removable drives and other disks seen now (never the system drive). */
export function removableFolders(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'win32') {
    const system = (process.env.SystemDrive ?? 'C:').toUpperCase();
    return 'DEFGHIJKLMNOPQRSTUVWXYZ'
      .split('')
      .map((letter) => `${letter}:`)
      .filter((drive) => drive !== system && folderExists(`${drive}\\`))
      .map((drive) => `${drive}\\`);
  }
  if (platform === 'darwin') return childFolders('/Volumes').filter((p) => !p.endsWith('Macintosh HD'));
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    user = '';
  }
  return user ? [...childFolders(join('/media', user)), ...childFolders(join('/run/media', user))] : [];
}

/** A folder in the user's home to offer when nothing better is known (a USB stick is better). */
export function defaultBackupFolder(): string {
  return join(homedir(), 'QCDC-sao-luu');
}
