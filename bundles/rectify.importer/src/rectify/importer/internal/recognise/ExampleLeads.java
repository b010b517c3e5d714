package rectify.importer.internal.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of a problem: each starts with a lead such as 比如, 例如, 还比如 or 另外 at the
 * start of a clause, with the colon or comma after it; what comes before the first is the
 * explanation. 另外 and 此外 lead an example only at the start of a sentence.
 */
final class ExampleLeads {

    /** An example: its lead as written and its text. */
    record Example(String lead, String text) {
    }

    /** The explanation and the examples, which together are the text as written. */
    record Split(String explanation, List<Example> examples) {
    }

    private static final Pattern LEAD = Pattern.compile(
            "(?:(?<=^|[\\n。！？；，：,;:!?”’）)])(?:还比如|再比如|又比如|比如说|还例如|比如|例如|譬如)[：:，,]?)" //$NON-NLS-1$
                    + "|(?:(?<=^|[\\n。！？!?]|[。！？!?][”’])(?:另外|此外)[：:，,])"); //$NON-NLS-1$

    private ExampleLeads() {
    }

    static Split split(String text) {
        List<int[]> leads = new ArrayList<>();
        Matcher m = LEAD.matcher(text);
        while (m.find()) {
            leads.add(new int[] { m.start(), m.end() });
        }
        if (leads.isEmpty()) {
            return new Split(text, List.of());
        }
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            int end = i + 1 < leads.size() ? leads.get(i + 1)[0] : text.length();
            examples.add(new Example(text.substring(leads.get(i)[0], leads.get(i)[1]),
                    text.substring(leads.get(i)[1], end)));
        }
        return new Split(text.substring(0, leads.get(0)[0]), examples);
    }
}
