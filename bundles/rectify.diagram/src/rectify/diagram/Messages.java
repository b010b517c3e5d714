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
    public static String commandAutoLayout;
    public static String commandCreate;
    public static String commandDelete;
    public static String commandLink;
    public static String commandMove;
    public static String commandPin;
    public static String commandPlace;
    public static String commandRename;
    public static String commandResize;
    public static String commandUnlink;
    public static String commandUnpin;
    public static String editorName;
    public static String exportFailed;
    public static String exportFailedTitle;
    public static String filterAllAspects;
    public static String filterAllUnits;
    public static String filterAspect;
    public static String filterLabel;
    public static String filterOpenOnly;
    public static String filterUnit;
    public static String laneProblems;
    public static String laneCauses;
    public static String laneMeasures;
    public static String laneHeading;
    public static String legendTitle;
    public static String legendLink;
    public static String legendMeasure;
    public static String legendError;
    public static String legendWarning;
    public static String legendPinned;
    public static String linkCausedBy;
    public static String linkAddresses;
    public static String linkRemedies;
    public static String menuAlign;
    public static String menuDiagram;
    public static String newAspect;
    public static String newDirection;
    public static String newProblem;
    public static String newCause;
    public static String newMeasure;
    public static String nodeProblem;
    public static String nodeCause;
    public static String nodeMeasure;
    public static String nodeStatusDeadline;
    public static String nodeUnit;
    public static String nodeLeader;
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
    public static String refusedSource;
    public static String refusedTarget;
    public static String refusedOtherReview;
    public static String refusedDuplicate;
    public static String stateOverdue;
    public static String stateDueWithin;
    public static String stateOpen;
    public static String stateDone;
    public static String stateClosed;
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
