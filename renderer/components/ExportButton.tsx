import { App, Button } from 'antd';
import type { RequestOf } from '../../shared/contract/index';
import { ui } from '../i18n/ui';
import { call } from '../src/api';
import { errorText } from './errors';
import { useFileExport } from './useFileExport';

/** "Xuất Excel": the list as the screen filters it, as a real .xlsx the clerk saves. */
export function ExportButton({ input }: { input: RequestOf<'export.listXlsx'> }) {
  const { message } = App.useApp();
  const exporter = useFileExport({ message, savedText: () => ui.common.exported, failureText: errorText });
  return (
    <Button
      loading={exporter.busy}
      data-testid="export-xlsx"
      onClick={() => void exporter.run(() => call('export.listXlsx', input))}
    >
      {ui.common.exportExcel}
    </Button>
  );
}
