package rectify.archive.internal.content;

import org.eclipse.core.runtime.SubMonitor;

import rectify.archive.internal.layout.Flow;

/** An appendix (附件) of an archived record: a title and what follows it on its own pages. */
interface Appendix {

    /** @return the title, as the list of appendices and the appendix's first page write it */
    String title();

    /**
     * Writes the appendix's content after its title.
     *
     * @param flow the flow, below the title
     * @param monitor progress and cancellation
     */
    void write(Flow flow, SubMonitor monitor);
}
