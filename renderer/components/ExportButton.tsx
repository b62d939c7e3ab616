import { App, Button } from 'antd';
import { useState } from 'react';
import type { RequestOf } from '../../shared/contract/index';
import { ui } from '../i18n/ui';
import { call } from '../src/api';
import { platform } from '../src/platform';
import { errorText } from './errors';

/** "Xuất Excel": the list as the screen filters it, as a real .xlsx the clerk saves. */
export function ExportButton({ input }: { input: RequestOf<'export.listXlsx'> }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      const file = await call('export.listXlsx', input);
      const saved = await platform.saveFile({
        suggestedName: file.fileName,
        base64: file.base64,
        mimeType: file.mimeType,
      });
      if (saved) void message.success(ui.common.exported);
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button loading={busy} data-testid="export-xlsx" onClick={() => void run()}>
      {ui.common.exportExcel}
    </Button>
  );
}
