// Run in a child process by xlsx.test.ts and the bench: imports one file through the real
// dispatcher and prints, as JSON, how long the import took (wall clock and CPU), the process's peak
// resident memory and the error returned.
import { readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { plainFileProtector } from '../../../db/keys/keystore';
import { openApp } from '../../../electron/core/app';
import { tempDir } from '../../helpers/app';

const file = process.argv[2]!;
const dataDir = tempDir('qcdc-bom-');
const app = openApp({ dataDir, keyProtector: plainFileProtector, user: 'kiểm thử' });
await app.dispatch('installation.setup', { role: 'commune', code: '01234', name: 'Xã Thử', province: 'Cao Bằng' });
const base64 = readFileSync(file).toString('base64');
const started = performance.now();
const cpu = process.cpuUsage();
const result = await app.dispatch('records.import', { fileName: basename(file), base64, dryRun: false });
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
app.close();
rmSync(dataDir, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ ms, cpuMs, peakRssMb: process.resourceUsage().maxRSS / 1024, result }));
