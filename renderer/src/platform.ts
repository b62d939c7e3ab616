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
};

async function fileToBase64(file: Blob): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(s);
}

function electronPlatform(bridge: NonNullable<Window['qcdc']>): Platform {
  return {
    saveFile: (a) => bridge.platform('saveFile', a) as Promise<string | null>,
    openFiles: (a) => bridge.platform('openFiles', a) as Promise<{ name: string; base64: string }[]>,
    print: () => bridge.platform('printCurrent', {}) as Promise<void>,
    printToPdf: (a) => bridge.platform('printToPdf', a) as Promise<string | null>,
  };
}

/** The platform of the current runtime. */
export const platform: Platform = window.qcdc ? electronPlatform(window.qcdc) : browserPlatform;
