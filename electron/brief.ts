import type { WebContents } from 'electron';
import { PRINT_MARGINS_INCHES } from '../shared/brief/print';
import type { PrintPdfRequest } from '../shared/ipc/contract';

/**
 * Printing the brief: the page that asked (the brief view, with its print CSS) goes through
 * Chromium's printToPDF, with bookmarks from its headings and a tagged (accessible) PDF. The
 * running header and page numbers are the page's own @page margin boxes. The bytes go back
 * to the page, which saves them through the save dialog like any other export.
 */
export async function printBriefToPdf(sender: WebContents, request: PrintPdfRequest): Promise<Uint8Array> {
  const pdf = await sender.printToPDF({
    pageSize: request.pageSize,
    // The view's @page rules size each page (landscape for wide diagrams) and set the margins.
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: false,
    margins: PRINT_MARGINS_INCHES,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
