import { Button, message } from 'antd';
import { errorText } from '../../components/errors';
import { useFileExport } from '../../components/useFileExport';
import { call } from '../../src/api';
import { SYNC_TEXT as T } from './text';

/** Saves this installation's public card (qcdc.card/1), to give to the other side for enrollment. */
export function OwnCardButton() {
  const [messageApi, holder] = message.useMessage();
  const exporter = useFileExport({ message: messageApi, savedText: T.ownCardSaved, failureText: errorText });
  const save = () =>
    exporter.run(async () => {
      const card = await call('installation.card', {});
      const json = `${JSON.stringify(card, null, 2)}\n`;
      const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(json)));
      return { fileName: `the-${card.code}.json`, mimeType: 'application/json', base64 };
    });
  return (
    <>
      {holder}
      <Button loading={exporter.busy} onClick={() => void save()} data-testid="own-card">
        {T.ownCard}
      </Button>
    </>
  );
}
