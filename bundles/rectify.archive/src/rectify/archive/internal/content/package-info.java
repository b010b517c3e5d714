/**
 * What an archived record says: the material as written, the appendices, the archival stamp and
 * the metadata, laid out with {@link rectify.archive.internal.layout}.
 */
package rectify.archive.internal.content;
