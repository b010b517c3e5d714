package rectify.archive.internal.fonts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import rectify.archive.FontRole;

/**
 * The system fonts each role prefers, by file name: first the faces GB/T 9704-2012 names, as
 * Windows has them (SimSun, FangSong, SimHei, KaiTi, and 方正小标宋 where installed), then their
 * closest macOS and Linux relatives (Songti, Heiti, Kaiti; AR PL UMing and UKai, WenQuanYi, Noto
 * Serif and Sans SC in TrueType, Droid Sans Fallback). Only TrueType files are listed: PDF/A
 * needs the fonts embedded, and the fonts with PostScript outlines (such as Noto CJK's
 * {@code .otf}/{@code .ttc}) cannot be here.
 */
final class FontCandidates {

    /** A font file by name, and the face to take in a collection ({@code null}: the first). */
    record Candidate(String fileName, String face) {
    }

    private static final List<Candidate> SONG_DISPLAY = List.of(new Candidate("fzxbsjw.ttf", null));
    private static final List<Candidate> SONG = List.of(
            new Candidate("simsun.ttc", "SimSun"),
            new Candidate("songti.ttc", "Songti SC"),
            new Candidate("uming.ttc", "AR PL UMing CN"),
            new Candidate("notoserifsc-regular.ttf", null),
            new Candidate("notoserifsc_400regular.ttf", null));
    private static final List<Candidate> FANGSONG = List.of(
            new Candidate("simfang.ttf", null),
            new Candidate("stfangso.ttf", null),
            new Candidate("fzfsjw.ttf", null));
    private static final List<Candidate> HEI = List.of(
            new Candidate("simhei.ttf", null),
            new Candidate("stheiti medium.ttc", "Heiti SC"),
            new Candidate("wqy-microhei.ttc", "WenQuanYi Micro Hei"),
            new Candidate("wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
            new Candidate("notosanssc-regular.ttf", null),
            new Candidate("notosanssc_400regular.ttf", null));
    private static final List<Candidate> KAI = List.of(
            new Candidate("simkai.ttf", null),
            new Candidate("stkaiti.ttf", null),
            new Candidate("kaiti.ttc", "Kaiti SC"),
            new Candidate("ukai.ttc", "AR PL UKai CN"));
    private static final List<Candidate> WIDE_COVERAGE = List.of(
            new Candidate("droidsansfallbackfull.ttf", null),
            new Candidate("droidsansfallback.ttf", null),
            new Candidate("arial unicode.ttf", null));

    private static final Map<FontRole, List<Candidate>> PREFERRED = new EnumMap<>(Map.of(
            FontRole.TITLE, concat(SONG_DISPLAY, SONG),
            FontRole.BODY, concat(FANGSONG, SONG),
            FontRole.HEADING1, HEI,
            FontRole.HEADING2, KAI,
            FontRole.PAGE_NUMBER, SONG));

    /** Every candidate, for roles whose own style is missing and for characters a face lacks. */
    static final List<Candidate> ANY = concat(SONG, HEI, KAI, FANGSONG, SONG_DISPLAY, WIDE_COVERAGE);

    private FontCandidates() {
    }

    /** @return the candidates of a role's own style, best first */
    static List<Candidate> preferred(FontRole role) {
        return PREFERRED.get(role);
    }

    @SafeVarargs
    private static List<Candidate> concat(List<Candidate>... lists) {
        LinkedHashSet<Candidate> all = new LinkedHashSet<>();
        for (List<Candidate> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(new ArrayList<>(all));
    }
}
