package rectify.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The corpus of documents written for the importer's tests (folder {@code corpus/} of this
 * fragment, see its README.md): the documents its index names, what each must give (its
 * {@code .expected} file), and the text each was made from.
 */
public final class Corpus {

    /** What the record keeps in the measures' fields rather than as text: the responsibilities of a finding. */
    private static final Pattern RESPONSIBILITY = Pattern.compile("[（(]?(?:责任领导|牵头领导|分管领导|责任单位|责任科室|责任部门|责任处室"
            + "|牵头单位|牵头部门|牵头科室|完成时限|整改时限|完成时间)[：:][^；;。）)]*[；;]?[）)]?");
    private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();

    private Corpus() {
    }

    /** @return the documents of the corpus, by file name */
    public static List<String> documents() {
        List<String> documents = new ArrayList<>();
        for (String line : lines("index")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                documents.add(line.split("\\s+")[0]);
            }
        }
        return documents;
    }

    /** @return the document as a file under its own name, which the caller may read but not change */
    public static Path file(String document) {
        return COPIES.computeIfAbsent(document, name -> {
            try (InputStream in = resource(name).openStream()) {
                Path folder = Files.createTempDirectory("rectify-corpus");
                folder.toFile().deleteOnExit();
                Path file = folder.resolve(name);
                Files.copy(in, file);
                file.toFile().deleteOnExit();
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** @return what the document must give: the keys and values of its {@code .expected} file, in order */
    static Map<String, String> expected(String document) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : lines(document + ".expected")) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                expected.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return expected;
    }

    /**
     * @return the lines of the text the document was made from, one paragraph a line, without the
     *         responsibilities of findings (which the record keeps as the measures' leader, unit
     *         and deadline)
     */
    static List<String> sourceLines(String document) {
        String source = "sources/" + document.substring(0, document.lastIndexOf('.')) + ".txt";
        return lines(source).stream().map(line -> RESPONSIBILITY.matcher(line).replaceAll(""))
                .map(Documents::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> lines(String name) {
        try (InputStream in = resource(name).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL resource(String name) {
        URL url = Corpus.class.getClassLoader().getResource("corpus/" + name);
        if (url == null) {
            throw new IllegalStateException("corpus/" + name + " is missing from rectify.importer.tests");
        }
        return url;
    }
}
