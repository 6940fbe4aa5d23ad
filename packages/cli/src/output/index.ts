export { guessColumns, type ListPage, type OutputMode, Printer, toListPage } from "./printer.js";
export { type Column, cellText, field, readPath, table, tsv } from "./table.js";
