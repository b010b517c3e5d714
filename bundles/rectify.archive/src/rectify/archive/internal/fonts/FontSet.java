package rectify.archive.internal.fonts;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.osgi.util.NLS;

import rectify.archive.ArchiveException;
import rectify.archive.ArchiveOptions;
import rectify.archive.FontChoice;
import rectify.archive.FontFile;
import rectify.archive.FontRole;
import rectify.archive.internal.Messages;
import rectify.archive.internal.fonts.FontCandidates.Candidate;

/**
 * The faces of the five roles, resolved once, and the faces that stand in for characters a
 * role's face lacks: the other roles' faces, then any other installed Chinese TrueType font,
 * opened only when a character needs it. Safe to use on several threads: the faces are only read
 * (see {@link Face}), and the chain of stand-ins grows under a lock.
 */
public final class FontSet implements Closeable {

    private final Map<FontRole, Face> roles;
    private final List<FontChoice> choices;
    private final Map<String, Optional<Face>> opened;
    private final Map<String, Path> systemFiles;
    private final List<Face> fallbacks = new ArrayList<>();
    private final Iterator<Candidate> pendingFallbacks = FontCandidates.ANY.iterator();

    private FontSet(Map<FontRole, Face> roles, List<FontChoice> choices, Map<String, Optional<Face>> opened,
            Map<String, Path> systemFiles) {
        this.roles = roles;
        this.choices = List.copyOf(choices);
        this.opened = opened;
        this.systemFiles = systemFiles;
        roles.values().stream().distinct().forEach(fallbacks::add);
    }

    /**
     * Resolves the face of every role: the user's font, else the role's preferred system fonts,
     * else any installed Chinese TrueType font.
     *
     * @param options the user's fonts and the folders of system fonts
     * @return the faces, open; close them when done
     * @throws ArchiveException when a font the user chose cannot be used, or when no font is
     *         installed for a role; the message says what to do
     */
    public static FontSet resolve(ArchiveOptions options) throws ArchiveException {
        Map<String, Optional<Face>> opened = new HashMap<>();
        Map<FontRole, Face> roles = new EnumMap<>(FontRole.class);
        List<FontChoice> choices = new ArrayList<>();
        Map<String, Path> systemFiles = FontFolders.index(options.fontFolders());
        openLikelyFaces(options, systemFiles, opened);
        try {
            for (FontRole role : FontRole.values()) {
                FontFile user = options.fonts().get(role);
                if (user != null) {
                    Face face = openUserFont(role, user, opened);
                    roles.put(role, face);
                    choices.add(new FontChoice(role, face.file(), face.name(), true));
                    continue;
                }
                Face face = firstUsable(FontCandidates.preferred(role), systemFiles, opened);
                if (face == null) {
                    face = firstUsable(FontCandidates.ANY, systemFiles, opened);
                }
                if (face == null) {
                    throw noFont(options);
                }
                roles.put(role, face);
                choices.add(new FontChoice(role, face.file(), face.name(), false));
            }
        } catch (ArchiveException e) {
            closeAll(opened);
            throw e;
        }
        return new FontSet(roles, choices, opened, systemFiles);
    }

    /**
     * Opens the face each role will most likely take (its first preferred system font that is
     * installed), all at once, each on a thread of its own: opening a large collection takes a
     * good part of a short run. The roles then find them opened, or go on to their next choices.
     */
    private static void openLikelyFaces(ArchiveOptions options, Map<String, Path> files,
            Map<String, Optional<Face>> opened) {
        Map<String, Future<Optional<Face>>> opening = new HashMap<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (FontRole role : FontRole.values()) {
                if (options.fonts().get(role) != null) {
                    continue;
                }
                FontCandidates.preferred(role).stream().filter(candidate -> files.containsKey(candidate.fileName()))
                        .findFirst().ifPresent(candidate -> {
                            Path file = files.get(candidate.fileName());
                            opening.computeIfAbsent(key(file, candidate.face()),
                                    k -> threads.submit(() -> tryOpen(file, candidate.face())));
                        });
            }
        }
        opening.forEach((key, face) -> {
            if (face.state() == Future.State.SUCCESS) {
                opened.put(key, face.resultNow());
            }
        });
    }

    private static Face openUserFont(FontRole role, FontFile user, Map<String, Optional<Face>> opened)
            throws ArchiveException {
        String key = key(user.file(), user.face());
        Optional<Face> known = opened.get(key);
        if (known != null && known.isPresent()) {
            return known.get();
        }
        try {
            Face face = Face.open(user.file(), user.face());
            opened.put(key, Optional.of(face));
            return face;
        } catch (Face.Unusable e) {
            String reason = switch (e.reason()) {
                case UNREADABLE -> Messages.fontUnreadable;
                case NOT_A_FONT -> Messages.fontNotAFont;
                case NO_SUCH_FACE -> NLS.bind(Messages.fontNoSuchFace, user.face());
                case NOT_TRUETYPE -> Messages.fontNotTrueType;
                case NO_EMBEDDING -> Messages.fontNoEmbedding;
                case NO_CHINESE -> Messages.fontNoChinese;
            };
            String message = NLS.bind(Messages.badUserFont,
                    new Object[] { user.file().toAbsolutePath(), roleName(role), reason });
            throw new ArchiveException(ArchiveException.Problem.BAD_FONT, message, e);
        }
    }

    private static Face firstUsable(List<Candidate> candidates, Map<String, Path> files,
            Map<String, Optional<Face>> opened) {
        for (Candidate candidate : candidates) {
            Path file = files.get(candidate.fileName());
            if (file != null) {
                Face face = open(file, candidate.face(), opened);
                if (face != null) {
                    return face;
                }
            }
        }
        return null;
    }

    private static Face open(Path file, String faceName, Map<String, Optional<Face>> opened) {
        return opened.computeIfAbsent(key(file, faceName), k -> tryOpen(file, faceName)).orElse(null);
    }

    /** @return the face, open; empty when it cannot be used */
    private static Optional<Face> tryOpen(Path file, String faceName) {
        try {
            return Optional.of(Face.open(file, faceName));
        } catch (Face.Unusable e) {
            return Optional.empty();
        }
    }

    private static String key(Path file, String faceName) {
        return file.toAbsolutePath().normalize() + "#" + (faceName == null ? "" : faceName);
    }

    private static ArchiveException noFont(ArchiveOptions options) {
        StringBuilder folders = new StringBuilder();
        for (Path folder : options.fontFolders()) {
            folders.append(folders.length() == 0 ? "" : ", ").append(folder);
        }
        String message = NLS.bind(Messages.noFont, folders.length() == 0 ? Messages.noFolders : folders);
        return new ArchiveException(ArchiveException.Problem.NO_FONT, message, null);
    }

    /** @return the role's name in the user's language, e.g. "body text (FangSong style)" */
    private static String roleName(FontRole role) {
        return switch (role) {
            case TITLE -> Messages.roleTitle;
            case BODY -> Messages.roleBody;
            case HEADING1 -> Messages.roleHeading1;
            case HEADING2 -> Messages.roleHeading2;
            case PAGE_NUMBER -> Messages.rolePageNumber;
        };
    }

    /** @return the font each role resolved to, in the order of the roles */
    public List<FontChoice> choices() {
        return choices;
    }

    /**
     * @param role a role
     * @return the role's face
     */
    public Face face(FontRole role) {
        return roles.get(role);
    }

    /**
     * Finds the face to draw a character with: the role's face when it has the character, else
     * the first face of the fallback chain that has it.
     *
     * @param role the role of the text
     * @param codePoint the character
     * @return the face, or {@code null} when no installed font has the character
     */
    public Face faceFor(FontRole role, int codePoint) {
        Face own = roles.get(role);
        if (own.has(codePoint)) {
            return own;
        }
        for (int i = 0;; i++) {
            Face fallback = fallback(i);
            if (fallback == null) {
                return null;
            }
            if (fallback.has(codePoint)) {
                return fallback;
            }
        }
    }

    private synchronized Face fallback(int index) {
        while (index >= fallbacks.size() && pendingFallbacks.hasNext()) {
            Candidate candidate = pendingFallbacks.next();
            Path file = systemFiles.get(candidate.fileName());
            Face face = file == null ? null : open(file, candidate.face(), opened);
            if (face != null && !fallbacks.contains(face)) {
                fallbacks.add(face);
            }
        }
        return index < fallbacks.size() ? fallbacks.get(index) : null;
    }

    @Override
    public synchronized void close() {
        closeAll(opened);
    }

    private static void closeAll(Map<String, Optional<Face>> opened) {
        for (Optional<Face> face : opened.values()) {
            face.ifPresent(f -> {
                try {
                    f.close();
                } catch (IOException e) {
                    // nothing to do about a font file that does not close
                }
            });
        }
        opened.clear();
    }
}
