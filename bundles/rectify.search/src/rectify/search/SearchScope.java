package rectify.search;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import rectify.core.io.RegisterFiles;

/**
 * The register files one search looks through: those of a folder (its {@code *.rectify} files,
 * not those of its subfolders), or one register, and any shared register beside them.
 *
 * @param registers the register files, absolute, each once
 */
public record SearchScope(List<Path> registers) {

    private static final String SUFFIX = "." + RegisterFiles.EXTENSION; //$NON-NLS-1$

    /** A scope of the files given, each once. */
    public SearchScope {
        Set<Path> files = new LinkedHashSet<>();
        registers.forEach(file -> files.add(file.toAbsolutePath().normalize()));
        registers = List.copyOf(files);
    }

    /**
     * @param registerOrFolder a register file, or a folder of register files
     * @return the registers it stands for, in the order of their names
     * @throws NoSuchFileException when it does not exist
     * @throws IOException when the folder cannot be listed
     */
    public static SearchScope of(Path registerOrFolder) throws IOException {
        if (!Files.exists(registerOrFolder)) {
            throw new NoSuchFileException(registerOrFolder.toString());
        }
        if (!Files.isDirectory(registerOrFolder)) {
            return new SearchScope(List.of(registerOrFolder));
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(registerOrFolder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(SUFFIX) && !name.startsWith(".") && Files.isRegularFile(entry)) { //$NON-NLS-1$
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return new SearchScope(files);
    }

    /**
     * @param register another register, such as a shared one
     * @return this scope with it
     */
    public SearchScope and(Path register) {
        List<Path> files = new ArrayList<>(registers);
        files.add(register);
        return new SearchScope(files);
    }
}
