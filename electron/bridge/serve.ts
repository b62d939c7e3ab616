import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { plainFileProtector } from '../../db/keys/keystore';
import { openApp } from '../core/app';
import { startBridge } from './server';

/**
 * `npm run web`: the app in a plain browser over the loopback bridge, for training, evaluation
 * and end-to-end tests. Data folder: --data, else $QCDC_DATA, else ./.qcdc-web.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' } },
  });
  const dataDir = resolve(values.data ?? process.env.QCDC_DATA ?? '.qcdc-web');
  const app = openApp({ dataDir, keyProtector: plainFileProtector, user: 'web', autoBackup: true });
  const bridge = await startBridge({
    dispatch: app.dispatch,
    staticDir: resolve(import.meta.dirname, '../../out/renderer'),
    port: values.port ? Number(values.port) : Number(process.env.QCDC_PORT ?? 0),
    token: values.token ?? process.env.QCDC_TOKEN,
  });
  process.stdout.write(
    `Dân chủ cơ sở đang chạy trên trình duyệt.\nMở địa chỉ: ${bridge.openUrl}\nThư mục dữ liệu: ${dataDir}\nNhấn Ctrl+C để dừng.\n`,
  );
  const stop = () => {
    void bridge.close().then(() => {
      app.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
