package rectify.importer.internal.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import rectify.importer.internal.Messages;

/**
 * A part of headings with numbered items under them: aspects with their problems, directions
 * with their measures. The two highest ranks of labels in the part are the headings' and the
 * items'; labels below them are sub-points of an item. A paragraph without a label is read by
 * its place: before a list that starts again at 1 it is a heading whose label is missing;
 * between a heading and its first item it sums the group up; after an item it continues the
 * item; before anything it introduces the part. Word heading styles mark headings too. A part
 * without numbered items may have items led by ordinal words ({@link Ordinals}).
 */
final class GroupedPart {

    /** An item with the paragraphs that continue it. */
    record Item(Line first, int number, List<Line> more) {
    }

    /**
     * A heading with its items; an implicit group (items before any heading) has no heading.
     *
     * @param summary the paragraphs between the heading and the first item, which sum the group up
     */
    record Group(Line heading, List<Line> summary, List<Item> items) {

        Group(Line heading) {
            this(heading, new ArrayList<>(), new ArrayList<>());
        }
    }

    /** The paragraphs that introduce the part, and its groups. */
    record Result(List<Line> intro, List<Group> groups) {
    }

    /**
     * The messages of one kind of part.
     *
     * @param restart a heading without label before a new list: its number
     * @param shape a heading without label told by its shape: its number
     * @param implicit items under no heading
     * @param unnumbered an item without number: its number, its heading's number
     * @param continued a paragraph joined to an item: the item's number, its heading's number
     * @param summary a paragraph between a heading and its first item, which sums the group up: the heading's number
     */
    record Words(String restart, String shape, String implicit, String unnumbered, String continued,
            String summary) {
    }

    private final List<Line> lines;
    private final boolean last;
    private final Findings findings;
    private final Words words;
    private final List<Line> intro = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private int groupRank;
    private int itemRank;
    private int closingFrom;
    private boolean headingStyles;
    /** The Word heading level of the part's headings: the top level in the part; 0 when none. */
    private int groupLevel;

    private GroupedPart(List<Line> lines, boolean last, Findings findings, Words words) {
        this.lines = lines;
        this.last = last;
        this.findings = findings;
        this.words = words;
    }

    /**
     * @param lines the part's paragraphs after its heading
     * @param last whether the part ends the document, so that paragraphs after its last item close it
     */
    static Result read(List<Line> lines, boolean last, Findings findings, Words words) {
        boolean numbered = lines.stream().anyMatch(line -> line.rank() == Label.ITEM);
        List<Line> items = numbered ? lines : Ordinals.split(lines);
        Ordinals.report(items, findings);
        GroupedPart part = new GroupedPart(items, last, findings, words);
        part.ranks();
        for (int k = 0; k < items.size(); k++) {
            part.read(k);
        }
        return new Result(part.intro, part.groups);
    }

    private void ranks() {
        TreeSet<Integer> ranks = new TreeSet<>();
        lines.stream().filter(line -> line.label() != null).forEach(line -> ranks.add(line.rank()));
        if (ranks.size() >= 2) {
            groupRank = ranks.first();
            itemRank = ranks.higher(groupRank);
        } else if (ranks.size() == 1) {
            int only = ranks.first();
            boolean headings = lines.stream().filter(line -> line.hasRank(only)).allMatch(Shapes::isHeading)
                    && lines.stream().anyMatch(line -> line.label() == null && !Shapes.isHeading(line));
            groupRank = headings ? only : 0;
            itemRank = headings ? 0 : only;
        }
        groupLevel = lines.stream().filter(line -> line.label() == null).mapToInt(Line::headingLevel)
                .filter(level -> level > 0)
                .min().orElse(0);
        headingStyles = groupLevel > 0;
        closingFrom = lines.size();
        if (last && itemRank != 0) {
            while (closingFrom > 0 && lines.get(closingFrom - 1).label() == null
                    && lines.get(closingFrom - 1).headingLevel() == 0) {
                closingFrom--;
            }
        }
    }

    private void read(int k) {
        Line line = lines.get(k);
        if (line.label() == null && line.headingLevel() > groupLevel && groupLevel > 0) {
            Group group = currentOrImplicit(line);
            addItem(line, group.items().size() + 1);
            findings.inferred(line.position(), words.unnumbered(), group.items().size(), groups.size());
        } else if (line.label() == null && line.headingLevel() > 0 || line.label() != null && line.rank() <= groupRank
                || line.label() != null && groupRank == 0 && line.rank() < itemRank) {
            groups.add(new Group(line));
        } else if (line.label() != null && line.rank() == itemRank) {
            addItem(line, line.label().number());
        } else if (line.label() != null) {
            subPoint(line);
        } else {
            plain(k, line);
        }
    }

    private void subPoint(Line line) {
        Item item = lastItem();
        if (item != null) {
            item.more().add(line);
        } else {
            findings.note(line, Messages.notPlacedSubitem);
        }
    }

    private void plain(int k, Line line) {
        if (itemRank == 0) {
            plainWithoutNumbers(k, line);
            return;
        }
        Line next = k + 1 < lines.size() ? lines.get(k + 1) : null;
        boolean listStarts = next != null && next.hasRank(itemRank) && next.label().number() == 1;
        Group current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
        if (listStarts && (current == null || !current.items().isEmpty())) {
            if (current == null && Shapes.isIntro(line)) {
                intro.add(line);
            } else {
                groups.add(new Group(line));
                findings.inferred(line.position(), words.restart(), groups.size());
            }
        } else if (lastItem() != null) {
            continueItem(k, line);
        } else if (current != null) {
            current.summary().add(line);
            findings.recognised(line.position(), words.summary(), groups.size());
        } else if (next != null && next.hasRank(itemRank) && Shapes.isHeading(line) && !Shapes.isIntro(line)) {
            groups.add(new Group(line));
            findings.inferred(line.position(), words.shape(), groups.size());
        } else {
            intro.add(line);
        }
    }

    private void plainWithoutNumbers(int k, Line line) {
        boolean headingsWritten = groupRank != 0 || headingStyles;
        Line next = k + 1 < lines.size() ? lines.get(k + 1) : null;
        if (groups.isEmpty() && (headingsWritten || Shapes.isIntro(line))) {
            intro.add(line);
        } else if (!headingsWritten && Shapes.isHeading(line) && next != null && next.label() == null
                && !Shapes.isHeading(next)) {
            groups.add(new Group(line));
            findings.inferred(line.position(), words.shape(), groups.size());
        } else {
            Group group = currentOrImplicit(line);
            addItem(line, group.items().size() + 1);
            findings.inferred(line.position(), words.unnumbered(), group.items().size(), groups.size());
        }
    }

    private void continueItem(int k, Line line) {
        if (k >= closingFrom) {
            findings.note(line, Messages.notPlacedClosing);
        } else if (Shapes.isStray(line) && !ProgressSections.startsSection(line.body())) {
            findings.note(line, Messages.notPlacedStray);
        } else {
            Item item = lastItem();
            item.more().add(line);
            if (!ProgressSections.startsSection(line.body())) {
                findings.inferred(line.position(), words.continued(), item.number(), groups.size());
            }
        }
    }

    private void addItem(Line line, int number) {
        currentOrImplicit(line).items().add(new Item(line, number, new ArrayList<>()));
    }

    private Group currentOrImplicit(Line line) {
        if (groups.isEmpty()) {
            groups.add(new Group(null));
            findings.inferred(line.position(), words.implicit());
        }
        return groups.get(groups.size() - 1);
    }

    private Item lastItem() {
        if (groups.isEmpty()) {
            return null;
        }
        List<Item> items = groups.get(groups.size() - 1).items();
        return items.isEmpty() ? null : items.get(items.size() - 1);
    }
}
