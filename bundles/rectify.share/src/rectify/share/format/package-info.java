/**
 * The files of a shared register: the register part and one file per record, written so that the
 * same model always gives the same bytes and a change of one value is a change of one line, and
 * read back whole or part by part.
 */
package rectify.share.format;
