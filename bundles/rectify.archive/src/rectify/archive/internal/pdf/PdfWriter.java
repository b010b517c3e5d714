package rectify.archive.internal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import org.eclipse.core.runtime.SubMonitor;

import rectify.archive.internal.fonts.Face;
import rectify.archive.internal.layout.Drawable;
import rectify.archive.internal.layout.GlyphRun;
import rectify.archive.internal.layout.Layout;
import rectify.archive.internal.layout.Page;
import rectify.archive.internal.layout.PageFrame;

/**
 * Writes a laid-out document as PDF/A: the pages with their text (fonts embedded as subsets, of
 * the {@linkplain UsedGlyphs part of each face} the document uses),
 * rules and drawings, the links, the bookmarks, the metadata in the document information and in
 * XMP, the sRGB output intent, and for PDF/A-3 the associated file.
 */
public final class PdfWriter {

    private static final String SRGB = "sRGB IEC61966-2.1";
    private static byte[] srgbProfile;

    private final PDDocument document = new PDDocument();
    private final UsedGlyphs usedGlyphs;
    private final Map<Face, PDType0Font> fonts = new IdentityHashMap<>();

    private PdfWriter(Layout layout) {
        usedGlyphs = new UsedGlyphs(layout);
    }

    /**
     * Writes a document.
     *
     * @param layout the pages
     * @param info the metadata
     * @param attachment the file to associate with the document (PDF/A-3 only); {@code null} for none
     * @param out where the PDF goes
     * @param monitor progress and cancellation
     * @throws IOException when it cannot be written
     */
    public static void write(Layout layout, DocumentInfo info, AssociatedFile attachment, OutputStream out,
            SubMonitor monitor) throws IOException {
        PdfWriter writer = new PdfWriter(layout);
        try (PDDocument document = writer.document) {
            monitor.setWorkRemaining(layout.pages().size() + 10);
            List<PDPage> pages = new ArrayList<>();
            for (Page page : layout.pages()) {
                pages.add(writer.page(page));
                monitor.split(1);
            }
            writer.links(layout, pages);
            writer.outline(layout, pages);
            writer.metadata(info);
            if (attachment != null) {
                attachment.attachTo(document, info.date());
            }
            monitor.split(1);
            document.save(out);
        }
    }

    private PDPage page(Page page) throws IOException {
        PDPage pdPage = new PDPage(new PDRectangle(PageFrame.PAGE_WIDTH, PageFrame.PAGE_HEIGHT));
        document.addPage(pdPage);
        try (PDPageContentStream content = new PDPageContentStream(document, pdPage)) {
            draw(content, page.drawables());
        }
        return pdPage;
    }

    /** Draws shapes first, then all text in one text object, so that text is never covered. */
    private void draw(PDPageContentStream content, List<Drawable> drawables) throws IOException {
        List<Drawable.Text> texts = new ArrayList<>();
        for (Drawable drawable : drawables) {
            switch (drawable) {
                case Drawable.Text text -> texts.add(text);
                case Drawable.Box box -> box(content, box);
                case Drawable.Path path -> path(content, path);
                case Drawable.Clip clip -> {
                    content.saveGraphicsState();
                    content.addRect(clip.x(), clip.y(), clip.width(), clip.height());
                    content.clip();
                    draw(content, clip.content());
                    content.restoreGraphicsState();
                }
            }
        }
        if (!texts.isEmpty()) {
            text(content, texts);
        }
    }

    private static void box(PDPageContentStream content, Drawable.Box box) throws IOException {
        content.addRect(box.x(), box.y(), box.width(), box.height());
        if (box.fill() != Drawable.NONE) {
            color(content, box.fill(), false);
        }
        if (box.stroke() != Drawable.NONE) {
            color(content, box.stroke(), true);
            content.setLineWidth(box.lineWidth());
        }
        if (box.fill() != Drawable.NONE && box.stroke() != Drawable.NONE) {
            content.fillAndStroke();
        } else if (box.fill() != Drawable.NONE) {
            content.fill();
        } else {
            content.stroke();
        }
    }

    private static void path(PDPageContentStream content, Drawable.Path path) throws IOException {
        float[] points = path.points();
        content.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            content.lineTo(points[i], points[i + 1]);
        }
        if (path.lineWidth() == 0) {
            content.closePath();
            color(content, path.rgb(), false);
            content.fill();
            return;
        }
        color(content, path.rgb(), true);
        content.setLineWidth(path.lineWidth());
        if (path.dash().length > 0) {
            content.setLineDashPattern(path.dash(), 0);
        }
        content.stroke();
        if (path.dash().length > 0) {
            content.setLineDashPattern(new float[0], 0);
        }
    }

    private void text(PDPageContentStream content, List<Drawable.Text> texts) throws IOException {
        content.beginText();
        PDType0Font currentFont = null;
        float currentSize = -1;
        float currentSpacing = 0;
        int currentColor = -1;
        for (Drawable.Text text : texts) {
            if (text.rgb() != currentColor) {
                color(content, text.rgb(), false);
                currentColor = text.rgb();
            }
            content.setTextMatrix(Matrix.getTranslateInstance(text.x(), text.baseline()));
            for (GlyphRun run : text.runs()) {
                PDType0Font font = font(run.face());
                if (font != currentFont || run.size() != currentSize) {
                    content.setFont(font, run.size());
                    currentFont = font;
                    currentSize = run.size();
                }
                if (run.charSpacing() != currentSpacing) {
                    content.setCharacterSpacing(run.charSpacing());
                    currentSpacing = run.charSpacing();
                }
                content.showText(run.text());
            }
        }
        content.endText();
    }

    private PDType0Font font(Face face) throws IOException {
        PDType0Font font = fonts.get(face);
        if (font == null) {
            byte[] part = usedGlyphs.partOf(face);
            font = part == null ? PDType0Font.load(document, face.font(), true)
                    : PDType0Font.load(document, new ByteArrayInputStream(part), false);
            fonts.put(face, font);
        }
        return font;
    }

    private static void color(PDPageContentStream content, int rgb, boolean stroking) throws IOException {
        float r = (rgb >> 16 & 0xFF) / 255f;
        float g = (rgb >> 8 & 0xFF) / 255f;
        float b = (rgb & 0xFF) / 255f;
        if (stroking) {
            content.setStrokingColor(r, g, b);
        } else {
            content.setNonStrokingColor(r, g, b);
        }
    }

    private void links(Layout layout, List<PDPage> pages) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            for (Page.Link link : layout.pages().get(i).links()) {
                Layout.Position target = layout.anchors().get(link.target());
                if (target == null) {
                    continue;
                }
                PDAnnotationLink annotation = new PDAnnotationLink();
                annotation.setRectangle(new PDRectangle(link.x(), link.y(), link.width(), link.height()));
                annotation.setDestination(destination(pages, target));
                annotation.setPrinted(true);
                COSArray noBorder = new COSArray();
                noBorder.add(COSInteger.ZERO);
                noBorder.add(COSInteger.ZERO);
                noBorder.add(COSInteger.ZERO);
                annotation.getCOSObject().setItem(COSName.BORDER, noBorder);
                pages.get(i).getAnnotations().add(annotation);
            }
        }
    }

    private static PDPageXYZDestination destination(List<PDPage> pages, Layout.Position position) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pages.get(position.page()));
        destination.setLeft(0);
        destination.setTop(Math.round(position.y()));
        return destination;
    }

    private void outline(Layout layout, List<PDPage> pages) {
        if (layout.outline().isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        List<PDOutlineNode> parents = new ArrayList<>(List.of(outline));
        for (Layout.Bookmark bookmark : layout.outline()) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(bookmark.title());
            item.setDestination(destination(pages, layout.anchors().get(bookmark.target())));
            int depth = Math.min(bookmark.level(), parents.size());
            parents.get(depth - 1).addLast(item);
            parents.subList(depth, parents.size()).clear();
            parents.add(item);
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private void metadata(DocumentInfo info) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor(info.author());
        information.setSubject(info.subject());
        information.setCreator(XmpMetadata.PRODUCER);
        information.setProducer(XmpMetadata.PRODUCER);
        information.setCreationDate(info.date());
        information.setModificationDate(info.date());
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(XmpMetadata.of(info));
        catalog.setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgbProfile()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        catalog.setLanguage("zh-CN");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        document.getDocument().setDocumentID(documentId());
    }

    /**
     * A random file identifier, which PDF/A requires; PDFBox would otherwise compute one with a
     * message digest, whose set-up costs a fresh process more time than the identifier is worth.
     */
    private static COSArray documentId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        COSString id = new COSString(bytes);
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        return ids;
    }

    /**
     * Loads the sRGB profile of the output intent in the background, for the first document to find
     * it ready: setting up the colour management takes a good part of a short run.
     */
    public static void prepare() {
        Thread.ofPlatform().daemon().name("rectify-srgb").start(PdfWriter::srgbProfile);
    }

    private static synchronized byte[] srgbProfile() {
        if (srgbProfile == null) {
            srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        }
        return srgbProfile;
    }
}
