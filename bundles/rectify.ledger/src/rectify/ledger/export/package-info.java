/**
 * Exports of the ledger and the three lists: .xlsx workbooks (one sheet per table, streamed with
 * Apache POI's SXSSF) and CSV files (UTF-8 with a byte order mark, so that Excel reads Chinese
 * correctly). Files are written to a temporary file and then moved into place, so that a failed
 * export never leaves a half-written file.
 */
package rectify.ledger.export;
