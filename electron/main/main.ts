import { app } from 'electron';
import { startMain } from './lifecycle';

// __dirname is the folder of out/main/main.cjs: scripts/build-main.mjs bundles this entry as CommonJS.
startMain(__dirname).catch((error: unknown) => {
  console.error('startup', error);
  app.exit(1);
});
