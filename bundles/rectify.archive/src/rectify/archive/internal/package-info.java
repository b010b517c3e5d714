/** The archive's messages to the user, in English and Chinese. */
package rectify.archive.internal;
