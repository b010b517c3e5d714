package rectify.archive.internal.ofd;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.dom4j.DocumentException;
import org.eclipse.core.runtime.SubMonitor;
import org.ofdrw.core.action.Actions;
import org.ofdrw.core.action.CT_Action;
import org.ofdrw.core.action.EventType;
import org.ofdrw.core.action.actionType.actionGoto.CT_Dest;
import org.ofdrw.core.action.actionType.actionGoto.DestType;
import org.ofdrw.core.action.actionType.actionGoto.Goto;
import org.ofdrw.core.basicStructure.doc.Document;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.ofd.docInfo.CustomDatas;
import org.ofdrw.core.basicStructure.outlines.CT_OutlineElem;
import org.ofdrw.core.basicStructure.outlines.Outlines;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.engine.ResManager;
import org.ofdrw.pkg.container.OFDDir;

import rectify.archive.internal.fonts.Face;
import rectify.archive.internal.layout.GlyphRun;
import rectify.archive.internal.layout.Layout;
import rectify.archive.internal.layout.Page;
import rectify.archive.internal.pdf.DocumentInfo;
import rectify.archive.internal.pdf.UsedGlyphs;

/**
 * Writes a laid-out document as OFD: each page of the layout drawn as it is into an OFD page
 * ({@link PageDrawing}), the fonts embedded as the part of each face the document uses (the same
 * subsets as in the PDF/A), a bookmark per entry of the layout's outline, and the document
 * information: title, author, subject, dates, and the archival fields as custom data.
 */
public final class OfdWriter {

    /** The software named as creator. */
    private static final String CREATOR = "Rectify (ofdrw)";

    private OfdWriter() {
    }

    /**
     * Writes a document.
     *
     * @param layout the pages
     * @param info the metadata
     * @param out where the OFD goes
     * @param monitor progress and cancellation
     * @throws IOException when it cannot be written
     */
    public static void write(Layout layout, DocumentInfo info, OutputStream out, SubMonitor monitor)
            throws IOException {
        monitor.setWorkRemaining(layout.pages().size() + 10);
        Path parts = Files.createTempDirectory("rectify-ofd");
        try {
            OFDDoc document = new OFDDoc(out);
            try {
                document.setDefaultPageLayout(new PageLayout(Units.PAGE_WIDTH, Units.PAGE_HEIGHT));
                Map<Face, ST_ID> fonts = embed(layout, document.getResManager(), parts);
                for (Page page : layout.pages()) {
                    VirtualPage virtualPage = new VirtualPage(document.getPageLayout());
                    virtualPage.add(new PageDrawing(page, fonts));
                    document.addVPage(virtualPage);
                    monitor.split(1);
                }
                document.onRenderFinish((ids, dir, index) -> finish(layout, info, document.getOfdDocument(), dir, ids));
            } finally {
                document.close();
            }
            monitor.split(10);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            delete(parts);
        }
    }

    /** Embeds the part of each face that the document draws with, as a font resource. */
    private static Map<Face, ST_ID> embed(Layout layout, ResManager resources, Path parts) throws IOException {
        UsedGlyphs used = new UsedGlyphs(layout);
        Map<Face, ST_ID> fonts = new IdentityHashMap<>();
        for (Face face : used.faces()) {
            byte[] part = used.partOf(face);
            Path file = face.file();
            if (part != null) {
                file = Files.write(parts.resolve("font_" + fonts.size() + ".ttf"), part);
            }
            fonts.put(face, resources.addFont(new Font(face.name(), face.name(), file)));
        }
        return fonts;
    }

    /** Once the pages are made, with their ids: the bookmarks and the document information. */
    private static void finish(Layout layout, DocumentInfo info, Document document, OFDDir dir,
            AtomicInteger ids) {
        List<ST_ID> pages = new ArrayList<>();
        document.getPages().getPages().forEach(page -> pages.add(page.getID()));
        outline(layout, pages, document);
        try {
            describe(info, dir.getOfd().getDocBody().getDocInfo());
        } catch (IOException | DocumentException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    private static void outline(Layout layout, List<ST_ID> pages, Document document) {
        if (layout.outline().isEmpty()) {
            return;
        }
        Outlines outlines = new Outlines();
        List<CT_OutlineElem> parents = new ArrayList<>();
        for (Layout.Bookmark bookmark : layout.outline()) {
            Layout.Position target = layout.anchors().get(bookmark.target());
            CT_OutlineElem item = new CT_OutlineElem();
            item.setTitle(bookmark.title());
            if (target != null) {
                CT_Dest destination = new CT_Dest().setType(DestType.XYZ).setPageID(pages.get(target.page()).ref())
                        .setLeft(0).setTop(Units.y(target.y()));
                Actions actions = new Actions();
                actions.addAction(new CT_Action(EventType.CLICK, new Goto(destination)));
                item.setActions(actions);
            }
            int depth = Math.min(bookmark.level(), parents.size() + 1);
            if (depth == 1) {
                outlines.addOutlineElem(item);
            } else {
                parents.get(depth - 2).addOutlineElem(item);
            }
            parents.subList(depth - 1, parents.size()).clear();
            parents.add(item);
        }
        document.setOutlines(outlines);
    }

    private static void describe(DocumentInfo info, CT_DocInfo docInfo) {
        docInfo.setTile(info.title());
        if (info.author() != null) {
            docInfo.setAuthor(info.author());
        }
        if (info.subject() != null) {
            docInfo.setSubject(info.subject());
        }
        var day = info.date().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        docInfo.setCreationDate(day);
        docInfo.setModDate(day);
        docInfo.setCreator(CREATOR);
        CustomDatas data = new CustomDatas();
        info.archival().forEach((name, value) -> data.addCustomData(name, String.valueOf(value)));
        docInfo.setCustomDatas(data);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The characters of a run, one string per code point, with the advance after each. */
    static List<Double> advances(GlyphRun run) {
        List<Double> advances = new ArrayList<>();
        run.text().codePoints()
                .forEach(c -> advances.add(Units.mm(run.face().advance(c) * run.size() + run.charSpacing())));
        return advances;
    }
}
