import { FILE_TYPES, maxBytesOf, safeFileName } from '../../shared/ipc/files';
import { FileAccessError, type OpenedFile, type OpenFileRequest, type Platform, type SaveFileRequest } from './platform';

/** How long a download's object URL lives: long enough for the browser to start writing it. */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

export const browserPlatform: Platform = {
  kind: 'browser',
  hasNativeMenu: false,
  async setLanguage() {},
  async openWindow(hash) {
    const url = new URL(window.location.href);
    url.hash = hash ?? '';
    window.open(url.toString(), '_blank', 'noopener');
  },
  onCommand() {
    return () => {};
  },
  saveFile: download,
  openFile: pickFile,
  async printToPdf() {
    window.print();
    return null;
  },
};

/** A download through a Blob URL: the browser's own "save as" or downloads folder decides where. */
async function download({ suggestedName, bytes, kind }: SaveFileRequest): Promise<'saved'> {
  const name = safeFileName(suggestedName, kind);
  const { maxBytes, mimeType } = FILE_TYPES[kind];
  if (bytes.byteLength > maxBytes) throw new FileAccessError('tooLarge', name, `${bytes.byteLength} bytes; the limit is ${maxBytes}`);
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  return 'saved';
}

/**
 * The browser's file picker, through a hidden <input type=file>. It resolves null on the
 * input's `cancel` event, so a dismissed picker never leaves a promise hanging.
 */
function pickFile({ kinds }: OpenFileRequest): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = kinds.flatMap((kind) => [...FILE_TYPES[kind].extensions.map((e) => `.${e}`), FILE_TYPES[kind].mimeType]).join(',');
    input.hidden = true;
    input.tabIndex = -1;
    input.setAttribute('aria-hidden', 'true');
    input.dataset.filePicker = kinds.join(' ');
    const done = () => input.remove();
    input.addEventListener(
      'cancel',
      () => {
        done();
        resolve(null);
      },
      { once: true },
    );
    input.addEventListener(
      'change',
      () => {
        done();
        const file = input.files?.[0];
        if (!file) return resolve(null);
        readPicked(file, maxBytesOf(kinds)).then(resolve, reject);
      },
      { once: true },
    );
    // In the document while the picker is open, so nothing collects it meanwhile.
    document.body.append(input);
    input.click();
  });
}

async function readPicked(file: File, limit: number): Promise<OpenedFile> {
  if (file.size > limit) throw new FileAccessError('tooLarge', file.name, `${file.size} bytes; the limit is ${limit}`);
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    // The file was moved or deleted after it was picked, or the disk failed.
    throw new FileAccessError('notFound', file.name, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
}
