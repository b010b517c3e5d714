/**
 * The user's Rectify preferences, for other bundles to read: {@link rectify.ui.preferences.RectifyPreferences}.
 */
package rectify.ui.preferences;
