/**
 * Fonts by role: resolving the user's font files and the system's TrueType fonts, opening faces,
 * and finding a face for each character.
 */
package rectify.archive.internal.fonts;
