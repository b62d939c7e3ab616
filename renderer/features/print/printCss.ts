/**
 * Print styles of the document views (architecture.md §6, domain.md §E: Nghị định 30/2020/NĐ-CP).
 * They are mounted as a <style> element by the print page only, so the `@page` and body rules never
 * reach the rest of the app. Margins: top/bottom 20 mm, right 15 mm, left 30 mm; page numbers centred
 * in the top margin, none on the first page.
 */
const FONT = `"Times New Roman", "Liberation Serif", Tinos, serif`;

/** Rules shared by every printed document (A4 portrait). */
export const PRINT_CSS = `
@page {
  size: A4;
  margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: ${FONT}; font-size: 13pt; vertical-align: bottom; padding-bottom: 4mm; }
}
@page :first {
  @top-center { content: none; }
}
html, body { margin: 0; padding: 0; background: #e8e8e8; }
.qcdc-print { min-height: 100vh; padding: 0 0 32px; }
.qcdc-print .print-toolbar {
  position: sticky; top: 0; z-index: 10; display: flex; gap: 8px; align-items: center; justify-content: center;
  padding: 8px 16px; margin-bottom: 16px; background: #fff; border-bottom: 1px solid #d9d9d9;
}
.qcdc-print .print-toolbar .hint { color: #595959; font-size: 13px; margin-left: 8px; }
.qcdc-print .print-message { max-width: 210mm; margin: 24px auto; }
.doc {
  font-family: ${FONT}; color: #000; font-size: 14pt; line-height: 1.3;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.doc .sheet {
  box-sizing: border-box; background: #fff; width: 210mm; min-height: 297mm; margin: 0 auto 16px;
  padding: 20mm 15mm 20mm 30mm; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
}
.doc .sheet.landscape { width: 297mm; min-height: 210mm; }
.doc p { margin: 0 0 6pt; text-align: justify; text-indent: 1.27cm; }
.doc .bold { font-weight: bold; }
.doc .italic { font-style: italic; }
.doc .center { text-align: center; }
.doc .nowrap { white-space: nowrap; }
.doc .under-short, .doc .under-full { display: inline-block; }
.doc .under-short::after, .doc .under-full::after { content: ''; display: block; margin: 3pt auto 0; border-top: 0.75pt solid #000; }
.doc .under-short::after { width: 40%; }
.doc .under-full::after { width: 100%; }

.doc .doc-header { display: grid; grid-template-columns: 40% 60%; align-items: start; }
.doc .doc-header .issuer, .doc .doc-header .nation { text-align: center; }
.doc .doc-header .issuer-line { font-size: 13pt; font-weight: bold; line-height: 1.2; }
.doc .doc-header .issuer-parent { font-size: 13pt; line-height: 1.2; }
.doc .doc-header .number { font-size: 13pt; margin-top: 6pt; }
.doc .doc-header .number .blank { display: inline-block; width: 14mm; }
.doc .motto-title { font-size: 12pt; font-weight: bold; white-space: nowrap; line-height: 1.2; }
.doc .motto { font-size: 13pt; font-weight: bold; white-space: nowrap; line-height: 1.2; }
.doc .doc-header .date-line { font-size: 14pt; font-style: italic; margin-top: 6pt; }

.doc .doc-title { text-align: center; margin: 18pt 0 12pt; }
.doc .doc-title .kind { font-size: 14pt; font-weight: bold; }
.doc .doc-title .abstract { font-size: 14pt; font-weight: bold; }
.doc h2 { font-size: 14pt; font-weight: bold; margin: 8pt 0 6pt; text-indent: 1.27cm; }
.doc .unit-note { text-align: right; font-style: italic; font-size: 12pt; margin: 0 0 2pt; }

.doc table.grid { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 1.25; margin: 0 0 8pt; }
.doc table.grid th, .doc table.grid td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; }
.doc table.grid th { font-weight: bold; text-align: center; vertical-align: middle; }
.doc table.grid thead { display: table-header-group; }
.doc table.grid tr { break-inside: avoid; }
.doc table.grid td.num, .doc table.grid td.mark, .doc table.grid td.no { text-align: center; }
.doc table.grid td.num { white-space: nowrap; }
.doc table.grid tr.col-numbers th { font-weight: normal; font-style: italic; font-size: 11pt; }
.doc table.grid tr.total td { font-weight: bold; }
.doc table.grid td.empty { text-align: center; font-style: italic; padding: 8pt; }

.doc .doc-footer { display: grid; grid-template-columns: 45% 55%; margin-top: 12pt; break-inside: avoid; }
.doc .doc-end { break-inside: avoid; }
.doc .recipients { font-size: 11pt; line-height: 1.25; }
.doc .recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
.doc .signer { text-align: center; font-size: 14pt; font-weight: bold; line-height: 1.3; }
.doc .signer .sign-space { height: 24mm; }
.doc .signer .hint { font-weight: normal; font-style: italic; font-size: 13pt; }

@media print {
  html, body { background: #fff; }
  .qcdc-print { min-height: 0; padding: 0; }
  .qcdc-print .print-toolbar, .qcdc-print .print-message { display: none !important; }
  /* A "Đã lưu" toast of the page before must not land on paper (seen under load in the journeys). */
  .ant-message { display: none !important; }
  .doc .sheet, .doc .sheet.landscape { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .doc .sheet + .sheet { break-before: page; }
}
`;

/**
 * The register (Sổ theo dõi hoạt động hòa giải): the cover on a portrait page, the tables of
 * Phần I and Phần II on the named landscape page `register` (landscape is allowed for tables).
 */
export const REGISTER_CSS = `
@page register {
  size: A4 landscape;
  margin: 20mm 15mm 20mm 25mm;
}
@media screen {
  .doc .sheet.landscape { padding: 20mm 15mm 20mm 25mm; }
}
.doc .register-pages { page: register; }
.doc .cover { display: flex; flex-direction: column; min-height: 240mm; }
.doc .cover .cover-nation { text-align: center; }
.doc .cover .cover-title { text-align: center; font-size: 20pt; font-weight: bold; margin: 50mm 0 22mm; line-height: 1.4; }
.doc .cover .cover-fields {
  display: grid; grid-template-columns: max-content 1fr; column-gap: 6pt; row-gap: 4pt;
  margin: 0 auto; width: 125mm; font-size: 14pt; line-height: 1.6;
}
.doc .cover .cover-fields .label { white-space: nowrap; }
.doc .cover .cover-fields .value { border-bottom: 0.75pt dotted #000; min-height: 1.3em; }
.doc .part-title { text-align: center; font-size: 14pt; font-weight: bold; margin: 0 0 8pt; }
.doc table.grid.register { font-size: 11pt; table-layout: fixed; }
.doc table.grid.register td { overflow-wrap: anywhere; }
.doc .register-summary { margin-top: 6pt; font-size: 12pt; text-indent: 0; }
.doc .team-signer { display: grid; grid-template-columns: 55% 45%; margin-top: 10pt; break-inside: avoid; }
`;
