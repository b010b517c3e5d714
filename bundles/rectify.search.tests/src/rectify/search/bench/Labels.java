package rectify.search.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-made labels of the benchmark ({@code labels/*.tsv} of this fragment): tab-separated
 * rows, {@code #} comments.
 */
final class Labels {

    private Labels() {
    }

    /**
     * @param name the file's name in {@code labels/}
     * @return its rows, each split at tabs
     * @throws IOException when it is missing
     */
    static List<String[]> rows(String name) throws IOException {
        String path = "labels/" + name;
        InputStream in = Labels.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("the labels " + path + " are missing from rectify.search.tests");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }
}
