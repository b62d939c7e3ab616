import type { message as antdMessage } from 'antd';
import { useState } from 'react';
import { platform } from '../src/platform';

/** A file an export call returns, base64-encoded. */
export interface ExportedFile {
  fileName: string;
  base64: string;
  mimeType: string;
}

/** The message API of `App.useApp()` or `message.useMessage()`. */
type MessageApi = ReturnType<typeof antdMessage.useMessage>[0];

/** What {@link useFileExport} says: where the file was saved, or why the export failed. */
export interface FileExportTexts {
  message: MessageApi;
  savedText: (path: string) => string;
  failureText: (e: unknown) => string;
}

/** Exporting a file: a busy flag and a runner that makes the file, offers it for saving and says how it went. */
export function useFileExport({ message, savedText, failureText }: FileExportTexts) {
  const [busy, setBusy] = useState(false);
  async function run(make: () => Promise<ExportedFile>): Promise<void> {
    setBusy(true);
    try {
      const file = await make();
      const saved = await platform.saveFile({
        suggestedName: file.fileName,
        base64: file.base64,
        mimeType: file.mimeType,
      });
      if (saved) void message.success(savedText(saved));
    } catch (e) {
      void message.error(failureText(e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
