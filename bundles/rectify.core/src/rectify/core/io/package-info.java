/**
 * Register files: the {@code .rectify} format (XMI with UUIDs, UTF-8, schema version in the
 * namespace URI), hardened loading with clear messages, and atomic saving with a backup.
 * {@link rectify.core.io.RegisterFiles} is the entry point; it works in plain Java as well as
 * inside Eclipse, where {@code plugin.xml} registers the content type and the resource factory.
 */
package rectify.core.io;
