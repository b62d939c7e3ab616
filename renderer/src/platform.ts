/**
 * OS services the UI needs (architecture.md §3): save a file, open files, print, PDF. Electron
 * implements them in the main process; in a browser they are a download, a file input and
 * window.print.
 */
export interface Platform {
  saveFile(args: { suggestedName: string; base64: string; mimeType: string }): Promise<string | null>;
  openFiles(args: { accept: string; multiple: boolean }): Promise<{ name: string; base64: string }[]>;
  print(): Promise<void>;
  printToPdf(args: { suggestedName: string }): Promise<string | null>;
  /**
   * Whether paths can be picked in an OS dialog (desktop). A browser cannot give a path: the backup
   * page then takes a typed one, which the local bridge reads and writes on this computer.
   */
  canChoosePaths: boolean;
  /** Asks for a folder; its path, or null (cancelled, or a browser). */
  chooseFolder(args: { title: string }): Promise<string | null>;
  /** Asks for one file by path (a backup may be too large to send as bytes); null when cancelled. */
  chooseFile(args: { title: string; accept: string }): Promise<string | null>;
}

const browserPlatform: Platform = {
  saveFile({ suggestedName, base64, mimeType }) {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
    const a = document.createElement('a');
    a.href = url;
    a.download = suggestedName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return Promise.resolve(suggestedName);
  },
  openFiles({ accept, multiple }) {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.multiple = multiple;
      input.onchange = async () => {
        const files = Array.from(input.files ?? []);
        resolve(await Promise.all(files.map(async (f) => ({ name: f.name, base64: await fileToBase64(f) }))));
      };
      input.click();
    });
  },
  print() {
    window.print();
    return Promise.resolve();
  },
  printToPdf() {
    // Browsers save PDF from their print dialog ("Lưu dưới dạng PDF").
    window.print();
    return Promise.resolve(null);
  },
  canChoosePaths: false,
  chooseFolder: () => Promise.resolve(null),
  chooseFile: () => Promise.resolve(null),
};

/** A file's bytes as base64 (in chunks, so large files do not overflow the call stack). */
export async function fileToBase64(file: Blob): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Dialog filters from an accept list such as ".ndjson,.xlsx" or a file name's extension. */
function filtersFor(extensions: string[]): { name: string; extensions: string[] }[] {
  const exts = extensions.map((e) => e.replace(/^\./, '').toLowerCase()).filter((e) => /^[a-z0-9]{1,10}$/.test(e));
  return exts.length ? [{ name: `Tệp ${exts.map((e) => e.toUpperCase()).join(', ')}`, extensions: exts }] : [];
}

async function unwrap<T>(result: Promise<unknown>): Promise<T> {
  const r = (await result) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function electronPlatform(bridge: NonNullable<Window['qcdc']>): Platform {
  return {
    saveFile: ({ suggestedName, base64 }) =>
      unwrap(
        bridge.platform('saveFile', {
          suggestedName,
          base64,
          filters: filtersFor([suggestedName.split('.').pop() ?? '']),
        }),
      ),
    openFiles: ({ accept, multiple }) =>
      unwrap(bridge.platform('openFiles', { filters: filtersFor(accept.split(',')), multiple })),
    print: () => unwrap<boolean>(bridge.platform('printCurrent', {})).then(() => undefined),
    printToPdf: ({ suggestedName }) => unwrap(bridge.platform('printToPdf', { suggestedName })),
    canChoosePaths: true,
    chooseFolder: ({ title }) => unwrap(bridge.platform('chooseFolder', { title })),
    chooseFile: ({ title, accept }) =>
      unwrap(bridge.platform('chooseFile', { title, filters: filtersFor(accept.split(',')) })),
  };
}

/** The platform of the current runtime. */
export const platform: Platform = window.qcdc ? electronPlatform(window.qcdc) : browserPlatform;
