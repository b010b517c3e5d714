package rectify.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three-way merge of the order of a list of keys (identifiers of elements, or values with
 * their occurrence): the order of the side that reordered, the other side's insertions each after
 * the key it follows there. Which keys are in the list is decided by the caller.
 */
final class ListMerge {

    private ListMerge() {
    }

    /**
     * @return whether a key is in the merged list: kept by both sides, or added by one
     */
    static boolean member(boolean inBase, boolean inMine, boolean inTheirs) {
        return inBase ? inMine && inTheirs : inMine || inTheirs;
    }

    /**
     * @param base the keys before
     * @param mine the keys of one side
     * @param theirs the keys of the other side
     * @param members the keys the merged list holds
     * @return the members in merged order
     */
    static List<Object> order(List<Object> base, List<Object> mine, List<Object> theirs, Set<Object> members) {
        boolean mineReordered = !common(mine, base).equals(common(base, mine));
        List<Object> primary = mineReordered ? mine : theirs;
        List<Object> secondary = mineReordered ? theirs : mine;
        List<Object> merged = new ArrayList<>();
        Set<Object> placed = new HashSet<>();
        for (Object key : primary) {
            if (members.contains(key) && placed.add(key)) {
                merged.add(key);
            }
        }
        Map<Object, List<Object>> after = new HashMap<>();
        Object anchor = null;
        for (Object key : secondary) {
            if (placed.contains(key)) {
                anchor = key;
            } else if (members.contains(key)) {
                after.computeIfAbsent(anchor, a -> new ArrayList<>()).add(key);
                placed.add(key);
                anchor = key;
            }
        }
        Set<Object> inBase = new HashSet<>(base);
        List<Object> result = new ArrayList<>();
        List<Object> anchors = new ArrayList<>();
        anchors.add(null);
        int i = 0;
        while (true) {
            // the primary side's own additions come before the secondary side's insertions at the same place
            while (i < merged.size() && !inBase.contains(merged.get(i))) {
                result.add(merged.get(i));
                anchors.add(merged.get(i++));
            }
            anchors.forEach(at -> insert(result, after, at));
            anchors.clear();
            if (i >= merged.size()) {
                break;
            }
            result.add(merged.get(i));
            anchors.add(merged.get(i++));
        }
        Set<Object> inResult = new HashSet<>(result);
        for (Object key : new LinkedHashSet<>(members)) {
            if (inResult.add(key)) {
                result.add(key);
            }
        }
        return result;
    }

    private static void insert(List<Object> result, Map<Object, List<Object>> after, Object anchor) {
        for (Object key : after.getOrDefault(anchor, List.of())) {
            result.add(key);
            insert(result, after, key);
        }
    }

    /** @return the keys of {@code list} that {@code other} has too, in the order of {@code list} */
    private static List<Object> common(List<Object> list, List<Object> other) {
        Set<Object> in = new HashSet<>(other);
        return list.stream().filter(in::contains).toList();
    }
}
