/**
 * Importing Word documents (.docx) and text files (.txt) of self-examination materials and
 * inspection rectification reports as records of a register.
 * <p>
 * {@link rectify.importer.DocumentImport#read(java.nio.file.Path)} reads and recognises a
 * document into an {@link rectify.importer.ImportResult}: a record in no register, and a
 * {@link rectify.importer.RecognitionReport} of what was recognised, inferred and not placed
 * (kept as notes). {@link rectify.importer.ImportResult#prepare} fits a copy to a register as a
 * {@link rectify.importer.RegisterAddition}, which an editor turns into commands or
 * {@link rectify.importer.RegisterAddition#apply() applies};
 * {@link rectify.importer.RegisterImport} adds it to a register file, saved atomically. A
 * document that cannot be imported is refused with an
 * {@link rectify.importer.ImportException} naming the file and the problem.
 */
package rectify.importer;
