/**
 * How Chinese documents number their parts ({@link rectify.model.numbering.ChineseNumerals}) and how
 * full numbers are written ({@link rectify.model.numbering.FullNumbers}). The
 * numbers of the model's elements themselves are the model's features: {@code ChainElement.number}
 * (as written), {@code ChainElement.fullNumber} (2.1, the same in every view) and the
 * {@code position} of aspects and directions.
 */
package rectify.model.numbering;
