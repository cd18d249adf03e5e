/** The joint brief's content and its text outputs (issue 5). The renderer draws the PDF view from the same model. */
export { buildBrief, frameOf, type Brief, type BriefElement, type BriefInput, type BriefReview, type BriefSection, type PairRow, type RegisterEntry } from './model';
export { briefFormat, fieldLabelKey, fieldText, periodText, suggestedValueText, type BriefFormat, type BriefT } from './format';
export { briefMarkdown, reviewLine, mdText } from './markdown';
export { reviewsCsv, toCsv, csvCell, sectionTitle } from './csv';
export { diagramOf, diagramPages, MIN_LEGIBLE_SCALE, type Diagram, type DiagramPage } from './diagram';
export { diagramSvg, serializeSvg, svgDocument, type SvgNode } from './svg';
export { diagramArea, fontStack, printTemplates, PAPER_SIZES, PAPER_MM, MARGIN_MM, PRINT_MARGINS_CSS, PRINT_MARGINS_INCHES, type PaperSize, type PrintWords } from './print';
