package rectify.share.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

/**
 * Where the parts of a shared register are in its folder (its Git working tree): the register
 * itself, with its units, people, notices and templates and the list of its records, in
 * {@value #REGISTER}; each record, with everything it contains, in {@code records/<id>.record}.
 * References between them are by identifier (UUID).
 */
public final class Layout {

    /** The file of the register part, in the folder's root. */
    public static final String REGISTER = "register.rectify"; //$NON-NLS-1$
    /** The folder of the records. */
    public static final String RECORDS = "records"; //$NON-NLS-1$
    /** The extension of record files. */
    public static final String RECORD_EXTENSION = ".record"; //$NON-NLS-1$
    /** What tells Git how to treat the parts. */
    public static final String ATTRIBUTES = ".gitattributes"; //$NON-NLS-1$
    /** The namespace that marks the register part of a shared register, and the version of its layout. */
    public static final String NAMESPACE = "urn:rectify:share:1"; //$NON-NLS-1$

    private static final Pattern RECORD = Pattern.compile(RECORDS + "/([A-Za-z0-9_-]{1,64})\\" + RECORD_EXTENSION); //$NON-NLS-1$

    private Layout() {
    }

    /** @return the path of a record's file in the folder, with {@code /} */
    public static String recordPath(String id) {
        return RECORDS + '/' + id + RECORD_EXTENSION;
    }

    /** @return the identifier of the record whose file a path is, or {@code null} when it is none */
    public static String recordId(String path) {
        Matcher matcher = RECORD.matcher(path);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** @return whether a path of the folder is one of the register's parts */
    public static boolean isPart(String path) {
        return REGISTER.equals(path) || recordId(path) != null;
    }

    /** @return the path of the part an element's root is kept in */
    public static String pathOf(EObject root, String id) {
        return root instanceof rectify.model.Register ? REGISTER : recordPath(id);
    }

    /**
     * @param path a path given for a register
     * @return the register part of the shared register the path names (the folder, or the register
     *         part in it), or {@code null} when it names none
     */
    public static Path locate(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path file = Files.isDirectory(absolute) ? absolute.resolve(REGISTER) : absolute;
        if (file.getFileName() == null || !REGISTER.equals(file.getFileName().toString())) {
            return null;
        }
        Path folder = file.getParent();
        if (folder == null || !Files.exists(folder.resolve(".git")) || !Files.isRegularFile(file)) { //$NON-NLS-1$
            return null;
        }
        return PartWriter.isMarked(file) ? file : null;
    }

    /** The lines of {@value #ATTRIBUTES}: the parts are text with LF line ends, merged by Rectify when Git merges. */
    public static String attributes() {
        return "# Parts of a register shared with Rectify: text, merged by Rectify's model merge\n" //$NON-NLS-1$
                + "/" + REGISTER + " text eol=lf merge=rectify\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "/" + RECORDS + "/*" + RECORD_EXTENSION + " text eol=lf merge=rectify\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
