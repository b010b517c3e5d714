package rectify.diagram.actions;

/** The ids of the diagram's own actions, for its editor's action registry and retarget actions. */
public final class ActionIds {

    /** Arranges the diagram anew with ELK. */
    public static final String AUTO_LAYOUT = "rectify.diagram.autoLayout";
    /** Pins or unpins the selected nodes. */
    public static final String PIN = "rectify.diagram.pin";
    /** Exports the diagram as PNG. */
    public static final String EXPORT_PNG = "rectify.diagram.exportPng";
    /** Exports the diagram as SVG. */
    public static final String EXPORT_SVG = "rectify.diagram.exportSvg";

    private ActionIds() {
    }
}
