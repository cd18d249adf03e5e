import type { WebContents } from 'electron';
import { PRINT_MARGINS_INCHES, printTemplates } from '../shared/brief/print';
import { RESOURCES } from '../shared/i18n/resources';
import type { PrintPdfRequest } from '../shared/ipc/contract';

/**
 * Printing the brief: the page that asked (the brief view, with its print CSS) goes through
 * Chromium's printToPDF with a running header, page numbers in the brief's language,
 * bookmarks from its headings and a tagged (accessible) PDF. The bytes go back to the page,
 * which saves them through the save dialog like any other export.
 */
export async function printBriefToPdf(sender: WebContents, request: PrintPdfRequest): Promise<Uint8Array> {
  const words = RESOURCES[request.language].brief;
  const templates = printTemplates(
    { header: words.print.header, pageOf: words.print.pageOf, draft: request.draft ? words.cover.draft : '', footer: request.footer },
    request.language,
  );
  const pdf = await sender.printToPDF({
    pageSize: request.pageSize,
    // The view's @page rules size each page (landscape for wide diagrams) and set the margins.
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    ...templates,
    margins: PRINT_MARGINS_INCHES,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
