package rectify.diagram;

import org.eclipse.osgi.util.NLS;

/** Texts of the diagram bundle ({@code messages*.properties}); internal to the bundle. */
public final class Messages extends NLS {

    public static String actionAutoLayout;
    public static String actionAutoLayoutTip;
    public static String actionDirectEdit;
    public static String actionExportPng;
    public static String actionExportSvg;
    public static String actionPin;
    public static String actionPinTip;
    public static String actionUnpin;
    public static String actionPrint;
    public static String commandAlign;
    public static String commandMove;
    public static String commandResize;
    public static String editorName;
    public static String exportFailed;
    public static String exportFailedTitle;
    public static String filterAllAspects;
    public static String filterAllUnits;
    public static String filterAspect;
    public static String filterLabel;
    public static String filterOpenOnly;
    public static String filterUnit;
    public static String laneHeading;
    public static String legendTitle;
    public static String legendLink;
    public static String legendMeasure;
    public static String legendError;
    public static String legendWarning;
    public static String legendPinned;
    public static String menuAlign;
    public static String menuDiagram;
    public static String openTitle;
    public static String openNoReview;
    public static String openNotAReview;
    public static String openNotInRegister;
    public static String openNothingSelected;
    public static String paletteTools;
    public static String paletteNodes;
    public static String paletteLinks;
    public static String propertyKind;
    public static String propertySource;
    public static String propertyTarget;
    public static String toolSelect;
    public static String toolSelectTip;
    public static String toolMarquee;
    public static String toolMarqueeTip;
    public static String toolProblem;
    public static String toolProblemTip;
    public static String toolCause;
    public static String toolCauseTip;
    public static String toolMeasure;
    public static String toolMeasureTip;
    public static String toolLink;
    public static String toolLinkTip;
    public static String unknownElement;
    public static String zoomTip;

    static {
        NLS.initializeMessages("rectify.diagram.messages", Messages.class);
    }

    private Messages() {
    }
}
