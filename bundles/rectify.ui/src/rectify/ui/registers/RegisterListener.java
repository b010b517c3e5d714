package rectify.ui.registers;

/** Told of what happens to the open registers; always called on the UI thread. */
@FunctionalInterface
public interface RegisterListener {

    /** What happened to an open register. */
    enum Change {
        /** The file was opened. */
        OPENED,
        /** The file was closed; its objects are no longer in use. */
        CLOSED,
        /** A command changed the register, or was undone or redone. */
        CONTENT,
        /** The register was saved (perhaps to another file) or reverted. */
        SAVED,
        /** The closed-loop rules were checked anew. */
        DIAGNOSTICS
    }

    void changed(OpenRegister register, Change change);
}
