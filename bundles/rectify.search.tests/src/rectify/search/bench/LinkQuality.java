package rectify.search.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.chain.Link;
import rectify.chain.LinkKind;
import rectify.chain.Reviews;
import rectify.model.ChainElement;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.Review;
import rectify.search.LinkSuggestion;
import rectify.search.LinkSuggestions;

/**
 * How well {@link LinkSuggestions} proposes the links of a review, against links labelled by
 * hand: the 2021 record of the sample register, which has none ({@code labels/sample-2021-links.tsv}),
 * and the sample's worked example of 2025, whose links are taken away first. For each source
 * element with a labelled link of a kind: precision at 1 (the first proposal is a labelled link)
 * and recall at 3 (the labelled links among the first three proposals).
 */
final class LinkQuality {

    private static final String RECORD_2021 = "_VnimFhuFN6uY8vtT9Vjj_w";
    private static final String RECORD_2025 = "_aCbQ79P2OwaLudGAahYemw";
    private static final int AT = 3;

    /** The counts of one kind of link, or of all. */
    private static final class Counts {
        int sources;
        int firstRight;
        int links;
        int foundAt3;
    }

    private LinkQuality() {
    }

    /**
     * Prints precision at 1 and recall at 3 by kind and in all, for each record and for both.
     *
     * @return precision at 1 and recall at 3 of both records together
     */
    static double[] print() throws IOException {
        Register sample = SampleClones.sample();
        Map<String, Counts> all = new LinkedHashMap<>();
        Review review2021 = record(sample, RECORD_2021).getReview();
        Set<String> labels2021 = new HashSet<>();
        for (String[] row : Labels.rows("sample-2021-links.tsv")) {
            labels2021.add(row[0] + " " + row[1] + " " + row[2]);
        }
        print("2021 record (labelled by hand)", count(review2021, labels2021), all);
        Review review2025 = record(sample, RECORD_2025).getReview();
        Set<String> labels2025 = new HashSet<>();
        for (Link link : Link.among(Reviews.elements(review2025))) {
            labels2025.add(key(link));
            link.kind().targetsOf(link.source()).remove(link.target());
        }
        print("2025 worked example (its own links, taken away)", count(review2025, labels2025), all);
        Counts total = print("both", all, new LinkedHashMap<>());
        return new double[] { (double) total.firstRight / total.sources, (double) total.foundAt3 / total.links };
    }

    private static Record record(Register register, String id) {
        return register.getRecords().stream().filter(record -> EcoreUtil.getURI(record).fragment().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Counts> count(Review review, Set<String> labels) {
        long start = System.nanoTime();
        List<LinkSuggestion> suggestions = LinkSuggestions.of(review);
        System.out.printf(Locale.ROOT, "  %d proposals in %.0f ms%n", suggestions.size(),
                (System.nanoTime() - start) / 1e6);
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (LinkKind kind : LinkKind.values()) {
            Counts kindCounts = new Counts();
            for (ChainElement source : Reviews.elements(review)) {
                if (!kind.source().holds(source)) {
                    continue;
                }
                Set<String> labelled = new HashSet<>();
                for (String label : labels) {
                    if (label.startsWith(LinkSuggestions.name(kind) + " " + id(source) + " ")) {
                        labelled.add(label);
                    }
                }
                if (labelled.isEmpty()) {
                    continue;
                }
                List<String> proposed = new ArrayList<>();
                suggestions.stream().filter(s -> s.link().kind() == kind && s.link().source() == source).limit(AT)
                        .forEach(s -> proposed.add(key(s.link())));
                kindCounts.sources++;
                kindCounts.firstRight += !proposed.isEmpty() && labelled.contains(proposed.get(0)) ? 1 : 0;
                kindCounts.links += labelled.size();
                kindCounts.foundAt3 += (int) labelled.stream().filter(proposed::contains).count();
            }
            counts.put(LinkSuggestions.name(kind), kindCounts);
        }
        return counts;
    }

    private static Counts print(String title, Map<String, Counts> counts, Map<String, Counts> into) {
        System.out.println("  " + title);
        Counts total = new Counts();
        for (Map.Entry<String, Counts> kind : counts.entrySet()) {
            Counts c = kind.getValue();
            System.out.printf(Locale.ROOT,
                    "    %-16s precision@1 %.2f (%d of %d sources), recall@3 %.2f (%d of %d links)%n", kind.getKey(),
                    (double) c.firstRight / c.sources, c.firstRight, c.sources, (double) c.foundAt3 / c.links,
                    c.foundAt3, c.links);
            Counts sum = into.computeIfAbsent(kind.getKey(), any -> new Counts());
            sum.sources += c.sources;
            sum.firstRight += c.firstRight;
            sum.links += c.links;
            sum.foundAt3 += c.foundAt3;
            total.sources += c.sources;
            total.firstRight += c.firstRight;
            total.links += c.links;
            total.foundAt3 += c.foundAt3;
        }
        System.out.printf(Locale.ROOT,
                "    %-16s precision@1 %.2f (%d of %d sources), recall@3 %.2f (%d of %d links)%n", "all",
                (double) total.firstRight / total.sources, total.firstRight, total.sources,
                (double) total.foundAt3 / total.links,
                total.foundAt3, total.links);
        return total;
    }

    private static String key(Link link) {
        return LinkSuggestions.name(link.kind()) + " " + id(link.source()) + " " + id(link.target());
    }

    private static String id(ChainElement element) {
        return EcoreUtil.getURI(element).fragment();
    }
}
