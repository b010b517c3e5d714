package rectify.start;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

import rectify.ui.registers.OpenRegister;

/** One section of the start page, whose lines are made anew whenever the registers change. */
abstract class Block {

    final Links links;
    private final Section section;
    private final Composite lines;

    Block(Links links, Composite parent, String title) {
        this.links = links;
        section = links.toolkit().createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        lines = links.toolkit().createComposite(section);
        TableWrapLayout layout = new TableWrapLayout();
        layout.verticalSpacing = 4;
        lines.setLayout(layout);
        section.setClient(lines);
    }

    /** @return the section, to lay it out on the page */
    final Section section() {
        return section;
    }

    /** Shows the registers: replaces the lines with those {@link #fill} makes. */
    final void show(List<OpenRegister> registers, boolean opening) {
        for (Control line : lines.getChildren()) {
            line.dispose();
        }
        section.setDescription(fill(lines, registers, opening));
    }

    /**
     * Makes the lines of the section in {@code lines}, with {@link #links}.
     *
     * @param registers the open registers
     * @param opening true while registers are being read to be opened
     * @return the section's description, shown under its title
     */
    abstract String fill(Composite lines, List<OpenRegister> registers, boolean opening);
}
