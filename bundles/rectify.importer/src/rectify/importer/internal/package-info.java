/**
 * The importer's inside: its messages and what reading and recognising share. Not API; the
 * API is {@link rectify.importer}.
 */
package rectify.importer.internal;
