package rectify.core.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import rectify.core.merge.MergeReport.Reason;
import rectify.core.merge.ModelDiff.Location;
import rectify.core.merge.ModelDiff.Version;

/**
 * The three-way merge of two versions of a register, or of one part of it, that both came from a
 * common one: elements are told apart by their identifiers, so that concurrent changes of
 * different elements, or of different values of one element, merge without conflict. What each
 * side changed is taken; a value both sides changed differently, an element one side removed while
 * the other changed it (or what it contains), and an element the two sides moved to different
 * places are {@link Conflict conflicts}, decided by {@link #choose choosing} a side ({@link Side#MINE}
 * until chosen). Lists take both sides' additions and removals, in the order of the side that
 * reordered them. A reference to an element that the merge leaves out is dropped and reported; a
 * proxy (an element kept in another part of the register) stays a proxy.
 * <p>
 * The same merge serves the reload of a register changed on disk ({@link DiskChange}), the
 * synchronisation of registers shared through Git and Git's own merges of their files.
 */
public final class ThreeWayMerge {

    /** A side of the merge. */
    public enum Side {
        /** The version here: the open register, the local branch, Git's "ours". */
        MINE,
        /** The other version: the file on disk, the remote branch, Git's "theirs". */
        THEIRS
    }

    /**
     * A change both sides made that cannot both be kept.
     *
     * @param kind what kind of conflict
     * @param id the identifier of the element
     * @param feature the feature changed both ways ({@link Kind#VALUE}), else {@code null}
     * @param base the element before, {@code null} when both sides added it
     * @param mine the element on my side, {@code null} when I removed it
     * @param theirs the element on their side, {@code null} when they removed it
     */
    public record Conflict(Kind kind, String id, EStructuralFeature feature, EObject base, EObject mine,
            EObject theirs) {

        /** What kind of conflict. */
        public enum Kind {
            /** A value changed differently on both sides. */
            VALUE,
            /** I removed the element; they changed it or what it contains. */
            REMOVED_BY_MINE,
            /** They removed the element; I changed it or what it contains. */
            REMOVED_BY_THEIRS,
            /** The two sides moved the element to different places. */
            MOVED
        }

        /**
         * @param side a side
         * @return that side's values of the feature (for {@link Kind#VALUE}; references are
         *         elements of that side's version), or its element's container (for a move); empty
         *         where the side removed the element
         */
        public List<Object> values(Side side) {
            EObject element = side == Side.MINE ? mine : theirs;
            if (element == null) {
                return List.of();
            }
            if (kind == Kind.MOVED) {
                return element.eContainer() == null ? List.of() : List.of(element.eContainer());
            }
            return feature == null ? List.of(element) : shown(element, feature);
        }

        /** @return the values before (empty when both sides added the element) */
        public List<Object> baseValues() {
            if (base == null) {
                return List.of();
            }
            if (kind == Kind.MOVED) {
                return base.eContainer() == null ? List.of() : List.of(base.eContainer());
            }
            return feature == null ? List.of(base) : shown(base, feature);
        }

        /** @return the values a person sees: the list, or the one value (its default when unset) */
        private static List<Object> shown(EObject element, EStructuralFeature feature) {
            if (feature.isMany()) {
                return List.copyOf(Elements.nonNull(Elements.values(element, feature)));
            }
            Object value = element.eGet(feature);
            return value == null ? List.of() : List.of(value);
        }
    }

    /**
     * A merged version, not yet in a resource: its root, and the identifier of each element, to
     * give it in the resource it is put into ({@link #identify}).
     *
     * @param root the root of the merged version
     * @param ids the identifier of each element
     */
    public record Result(EObject root, Map<EObject, String> ids) {

        /** Gives the elements of the result that are in a resource their identifiers there. */
        public void identify(XMLResource resource) {
            ids.forEach((element, id) -> {
                if (element.eResource() == resource) {
                    resource.setID(element, id);
                }
            });
        }
    }

    private final Version base;
    private final Version mine;
    private final Version theirs;
    private final Set<String> touchedMine;
    private final Set<String> touchedTheirs;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Map<Conflict, Side> choices = new HashMap<>();
    /** Per element with a value conflict, per feature, the conflict. */
    private final Map<String, Map<EStructuralFeature, Conflict>> valueConflicts = new HashMap<>();
    /** Per top element removed by one side and changed by the other, the conflict. */
    private final Map<String, Conflict> removalConflicts = new LinkedHashMap<>();
    private final Map<String, Conflict> moveConflicts = new HashMap<>();

    private ThreeWayMerge(EObject base, EObject mine, EObject theirs) {
        this.base = base == null ? null : new Version(base);
        this.mine = new Version(mine);
        this.theirs = new Version(theirs);
        String root = Elements.id(mine);
        if (!Objects.equals(root, Elements.id(theirs)) || base != null && !Objects.equals(root, Elements.id(base))) {
            throw new IllegalArgumentException("not versions of one element: " + root + ", " + Elements.id(theirs)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.touchedMine = touched(this.mine);
        this.touchedTheirs = touched(this.theirs);
        findRemovals(this.mine, this.theirs, touchedTheirs, Conflict.Kind.REMOVED_BY_MINE);
        findRemovals(this.theirs, this.mine, touchedMine, Conflict.Kind.REMOVED_BY_THEIRS);
        findValueAndMoveConflicts();
    }

    /**
     * @param base the common version (its root), or {@code null} when both sides made the element anew
     * @param mine my version
     * @param theirs their version
     * @return the merge, its conflicts found, each decided for {@link Side#MINE} until chosen
     * @throws IllegalArgumentException when the roots are not the same element
     */
    public static ThreeWayMerge of(EObject base, EObject mine, EObject theirs) {
        return new ThreeWayMerge(base, mine, theirs);
    }

    /** @return the conflicts, in the order of my version */
    public List<Conflict> conflicts() {
        return Collections.unmodifiableList(conflicts);
    }

    /** Decides a conflict for a side. */
    public void choose(Conflict conflict, Side side) {
        if (!conflicts.contains(conflict)) {
            throw new IllegalArgumentException("not a conflict of this merge: " + conflict); //$NON-NLS-1$
        }
        choices.put(conflict, side);
    }

    /** @return the side a conflict is decided for */
    public Side choice(Conflict conflict) {
        return choices.getOrDefault(conflict, Side.MINE);
    }

    /**
     * Makes the merged version, with the conflicts decided as chosen.
     *
     * @param report told of the elements only their side had that the merge keeps, and of what it
     *        leaves out: references to elements that are not kept, elements whose container is not kept
     * @return the merged version, new elements throughout
     */
    public Result result(MergeReport report) {
        return new Builder(report).build();
    }

    // --- what each side changed

    /**
     * @return the identifiers of the elements of a side that it added, or whose values, place or
     *         list of contents it changed
     */
    private Set<String> touched(Version side) {
        Set<String> touched = new HashSet<>();
        for (Map.Entry<String, EObject> entry : side.elements().entrySet()) {
            EObject now = entry.getValue();
            EObject was = base == null ? null : base.get(entry.getKey());
            if (was == null || !Objects.equals(base.location(was), side.location(now)) || differs(was, now)) {
                touched.add(entry.getKey());
            }
        }
        return touched;
    }

    private static boolean differs(EObject was, EObject now) {
        if (was.eClass() != now.eClass() || was.eIsProxy() != now.eIsProxy()) {
            return true;
        }
        for (EStructuralFeature feature : Elements.mergedFeatures(now)) {
            if (!sameValues(feature, was, now)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValues(EStructuralFeature feature, EObject one, EObject other) {
        return Elements.keys(feature, Elements.values(one, feature))
                .equals(Elements.keys(feature, Elements.values(other, feature)));
    }

    /**
     * Finds the elements of the base that {@code remover} removed, top ones only, while {@code other}
     * kept them and changed them or what they contain.
     */
    private void findRemovals(Version remover, Version other, Set<String> touchedOther, Conflict.Kind kind) {
        if (base == null) {
            return;
        }
        for (EObject element : base.inOrder()) {
            String id = Elements.id(element);
            EObject kept = other.get(id);
            if (remover.has(id) || kept == null) {
                continue;
            }
            EObject container = kept.eContainer();
            boolean top = container == null || remover.has(Elements.id(container)) || !base.has(Elements.id(container));
            if (top && subtreeTouched(kept, touchedOther)) {
                Conflict conflict = kind == Conflict.Kind.REMOVED_BY_MINE
                        ? new Conflict(kind, id, null, element, null, kept)
                        : new Conflict(kind, id, null, element, kept, null);
                removalConflicts.put(id, conflict);
                conflicts.add(conflict);
            }
        }
    }

    private static boolean subtreeTouched(EObject element, Set<String> touched) {
        if (touched.contains(Elements.id(element))) {
            return true;
        }
        for (java.util.Iterator<EObject> all = element.eAllContents(); all.hasNext();) {
            if (touched.contains(Elements.id(all.next()))) {
                return true;
            }
        }
        return false;
    }

    private void findValueAndMoveConflicts() {
        for (EObject mineElement : mine.inOrder()) {
            String id = Elements.id(mineElement);
            EObject theirElement = theirs.get(id);
            if (theirElement == null || mineElement.eClass() != theirElement.eClass()) {
                continue;
            }
            EObject baseElement = base == null ? null : base.get(id);
            Location baseAt = baseElement == null ? null : base.location(baseElement);
            Location mineAt = mine.location(mineElement);
            Location theirAt = theirs.location(theirElement);
            if (!Objects.equals(mineAt, theirAt) && (baseElement == null
                    || !Objects.equals(mineAt, baseAt) && !Objects.equals(theirAt, baseAt))) {
                Conflict conflict = new Conflict(Conflict.Kind.MOVED, id, null, baseElement, mineElement, theirElement);
                moveConflicts.put(id, conflict);
                conflicts.add(conflict);
            }
            for (EStructuralFeature feature : Elements.mergedFeatures(mineElement)) {
                if (feature.isMany() || sameValues(feature, mineElement, theirElement)) {
                    continue;
                }
                boolean mineChanged = baseElement == null || !sameValues(feature, baseElement, mineElement);
                boolean theirsChanged = baseElement == null || !sameValues(feature, baseElement, theirElement);
                if (mineChanged && theirsChanged && !Elements.isContainment(feature)) {
                    Conflict conflict = new Conflict(Conflict.Kind.VALUE, id, feature, baseElement, mineElement,
                            theirElement);
                    valueConflicts.computeIfAbsent(id, k -> new HashMap<>()).put(feature, conflict);
                    conflicts.add(conflict);
                }
            }
        }
    }

    /** Builds the merged version. */
    private final class Builder {

        private final MergeReport report;
        private final Map<String, EObject> made = new LinkedHashMap<>();
        private final Map<EObject, String> ids = new HashMap<>();
        private final Set<String> kept = new LinkedHashSet<>();

        Builder(MergeReport report) {
            this.report = report;
        }

        Result build() {
            decideWhatStays();
            EObject root = create(Elements.id(mine.root()));
            placeContents();
            setValues();
            for (String id : kept) {
                if (!mine.has(id) && (base == null || !base.has(id)) && made.containsKey(id)) {
                    EObject element = made.get(id);
                    EObject container = theirs.get(id).eContainer();
                    if (container == null || mine.has(Elements.id(container))) {
                        report.kept(element);
                    }
                }
            }
            return new Result(root, ids);
        }

        /** Which elements the merged version has. */
        private void decideWhatStays() {
            Set<String> all = new LinkedHashSet<>(mine.elements().keySet());
            all.addAll(theirs.elements().keySet());
            Set<String> removedAnyway = new HashSet<>();
            for (Conflict conflict : removalConflicts.values()) {
                boolean remove = conflict.kind() == Conflict.Kind.REMOVED_BY_MINE ? choice(conflict) == Side.MINE
                        : choice(conflict) == Side.THEIRS;
                if (remove) {
                    EObject survivor = conflict.kind() == Conflict.Kind.REMOVED_BY_MINE ? conflict.theirs()
                            : conflict.mine();
                    Version survivorSide = conflict.kind() == Conflict.Kind.REMOVED_BY_MINE ? theirs : mine;
                    Version removerSide = conflict.kind() == Conflict.Kind.REMOVED_BY_MINE ? mine : theirs;
                    removedAnyway.add(Elements.id(survivor));
                    survivor.eAllContents().forEachRemaining(inside -> {
                        String id = Elements.id(inside);
                        if (!removerSide.has(id) && survivorSide.has(id)) {
                            removedAnyway.add(id);
                        }
                    });
                }
            }
            for (String id : all) {
                boolean inBase = base != null && base.has(id);
                boolean inMine = mine.has(id);
                boolean inTheirs = theirs.has(id);
                boolean stays;
                if (removedAnyway.contains(id)) {
                    stays = false;
                } else if (inBase && inMine != inTheirs) {
                    stays = keptByConflict(id, inMine);
                } else {
                    stays = true;
                }
                if (stays) {
                    kept.add(id);
                }
            }
        }

        /** @return whether an element of the base one side removed stays, as a removal conflict decided */
        private boolean keptByConflict(String id, boolean inMine) {
            Version holder = inMine ? mine : theirs;
            for (EObject e = holder.get(id); e != null; e = e.eContainer()) {
                Conflict conflict = removalConflicts.get(Elements.id(e));
                if (conflict != null) {
                    return conflict.kind() == Conflict.Kind.REMOVED_BY_MINE ? choice(conflict) == Side.THEIRS
                            : choice(conflict) == Side.MINE;
                }
            }
            return false;
        }

        private EObject create(String id) {
            EObject source = source(id);
            EObject element;
            if (source.eIsProxy()) {
                element = EcoreUtil.create(source.eClass());
                ((InternalEObject) element).eSetProxyURI(((InternalEObject) source).eProxyURI());
            } else {
                element = EcoreUtil.create(source.eClass());
            }
            made.put(id, element);
            ids.put(element, id);
            return element;
        }

        /** @return the element of the side whose class and kind the merged element takes */
        private EObject source(String id) {
            EObject element = mine.get(id);
            return element != null ? element : theirs.get(id);
        }

        /** Puts every element kept into its container, in merged order. */
        private void placeContents() {
            Map<Location, Set<Object>> children = new LinkedHashMap<>();
            Map<String, Boolean> placed = new HashMap<>();
            String rootId = Elements.id(mine.root());
            placed.put(rootId, Boolean.TRUE);
            for (String id : kept) {
                if (id.equals(rootId)) {
                    continue;
                }
                if (!isPlaced(id, placed, new HashSet<>())) {
                    EObject element = source(id);
                    EObject container = element.eContainer();
                    if (container == null || isPlaced(Elements.id(container), placed, new HashSet<>())) {
                        report.skipped(element, element.eContainingFeature(), Reason.ELEMENT_GONE);
                    }
                    continue;
                }
                create(id);
                children.computeIfAbsent(location(id), k -> new LinkedHashSet<>()).add(id);
            }
            for (Map.Entry<Location, Set<Object>> entry : children.entrySet()) {
                Location at = entry.getKey();
                EObject container = made.get(at.container());
                EStructuralFeature feature = at.feature();
                List<Object> keys = ListMerge.order(childKeys(base, at), childKeys(mine, at), childKeys(theirs, at),
                        entry.getValue());
                List<Object> elements = new ArrayList<>();
                for (Object key : keys) {
                    elements.add(made.get(key));
                }
                if (!feature.isMany() && elements.size() > 1) {
                    for (Object extra : elements.subList(1, elements.size())) {
                        report.skipped(source(ids.get(extra)), feature, Reason.PLACE_TAKEN);
                    }
                    elements = elements.subList(0, 1);
                }
                Elements.set(container, feature, elements);
            }
        }

        /** @return whether an element kept has its place: its container is kept and placed in turn */
        private boolean isPlaced(String id, Map<String, Boolean> placed, Set<String> visiting) {
            Boolean known = placed.get(id);
            if (known != null) {
                return known;
            }
            boolean result = false;
            if (kept.contains(id) && visiting.add(id)) {
                Location at = location(id);
                result = at != null && isPlaced(at.container(), placed, visiting);
            }
            placed.put(id, result);
            return result;
        }

        /** @return where the merged version puts an element */
        private Location location(String id) {
            EObject inMine = mine.get(id);
            EObject inTheirs = theirs.get(id);
            EObject inBase = base == null ? null : base.get(id);
            Location mineAt = inMine == null ? null : mine.location(inMine);
            Location theirAt = inTheirs == null ? null : theirs.location(inTheirs);
            if (inMine == null) {
                return theirAt;
            }
            if (inTheirs == null) {
                return mineAt;
            }
            Conflict moved = moveConflicts.get(id);
            if (moved != null) {
                return choice(moved) == Side.MINE ? mineAt : theirAt;
            }
            Location baseAt = inBase == null ? null : base.location(inBase);
            return Objects.equals(mineAt, baseAt) ? theirAt : mineAt;
        }

        private List<Object> childKeys(Version version, Location at) {
            if (version == null) {
                return List.of();
            }
            EObject container = version.get(at.container());
            if (container == null || !container.eClass().getEAllStructuralFeatures().contains(at.feature())) {
                return List.of();
            }
            List<Object> keys = new ArrayList<>();
            for (Object child : Elements.values(container, at.feature())) {
                keys.add(Elements.id((EObject) child));
            }
            return keys;
        }

        /**
         * Gives every element made its values: attributes, then references. Of a pair of opposite
         * references one end is set, which sets the other; the other end then takes its merged order.
         */
        private void setValues() {
            for (int pass = 0; pass < 3; pass++) {
                for (Map.Entry<String, EObject> entry : made.entrySet()) {
                    EObject element = entry.getValue();
                    if (element.eIsProxy()) {
                        continue;
                    }
                    for (EStructuralFeature feature : Elements.mergedFeatures(element)) {
                        if (Elements.isContainment(feature) || pass(feature) != pass) {
                            continue;
                        }
                        List<Object> values = merged(entry.getKey(), feature);
                        if (pass > 0) {
                            values = resolve(element, feature, values);
                        }
                        if (pass == 2) {
                            reorder(element, feature, values);
                        } else {
                            Elements.set(element, feature, values);
                        }
                    }
                }
            }
        }

        /** @return 0 for attributes, 1 for references set, 2 for the ends of pairs that are only reordered */
        private static int pass(EStructuralFeature feature) {
            if (!(feature instanceof EReference reference)) {
                return 0;
            }
            EReference opposite = reference.getEOpposite();
            return opposite == null || name(reference).compareTo(name(opposite)) < 0 ? 1 : 2;
        }

        private static String name(EReference reference) {
            return reference.getEContainingClass().getName() + '.' + reference.getName();
        }

        /** Puts the values the feature holds (set by the opposite end) into the merged order. */
        @SuppressWarnings("unchecked")
        private static void reorder(EObject element, EStructuralFeature feature, List<Object> order) {
            if (!feature.isMany()) {
                return;
            }
            org.eclipse.emf.common.util.EList<Object> list = (org.eclipse.emf.common.util.EList<Object>) element
                    .eGet(feature);
            int at = 0;
            for (Object value : order) {
                int index = list.indexOf(value);
                if (index >= 0) {
                    if (index != at) {
                        list.move(at, index);
                    }
                    at++;
                }
            }
        }

        /** @return the merged values of a feature of an element, references as the elements of their side */
        private List<Object> merged(String id, EStructuralFeature feature) {
            EObject inMine = mine.get(id);
            EObject inTheirs = theirs.get(id);
            EObject inBase = base == null ? null : base.get(id);
            if (inTheirs == null || inTheirs.eClass() != source(id).eClass()) {
                return Elements.values(inMine, feature);
            }
            if (inMine == null) {
                return Elements.values(inTheirs, feature);
            }
            List<Object> mineValues = Elements.values(inMine, feature);
            List<Object> theirValues = Elements.values(inTheirs, feature);
            List<Object> baseValues = inBase == null ? List.of() : Elements.values(inBase, feature);
            if (!feature.isMany()) {
                Conflict conflict = valueConflicts.getOrDefault(id, Map.of()).get(feature);
                if (conflict != null) {
                    return choice(conflict) == Side.MINE ? mineValues : theirValues;
                }
                boolean mineChanged = inBase == null || !sameValues(feature, inBase, inMine);
                return mineChanged ? mineValues : theirValues;
            }
            List<Object> baseKeys = Elements.keys(feature, baseValues);
            List<Object> mineKeys = Elements.keys(feature, mineValues);
            List<Object> theirKeys = Elements.keys(feature, theirValues);
            Map<Object, Object> valueOf = new HashMap<>();
            for (int i = 0; i < baseKeys.size(); i++) {
                valueOf.put(baseKeys.get(i), baseValues.get(i));
            }
            for (int i = 0; i < theirKeys.size(); i++) {
                valueOf.put(theirKeys.get(i), theirValues.get(i));
            }
            for (int i = 0; i < mineKeys.size(); i++) {
                valueOf.put(mineKeys.get(i), mineValues.get(i));
            }
            Set<Object> inBaseSet = new HashSet<>(baseKeys);
            Set<Object> inMineSet = new HashSet<>(mineKeys);
            Set<Object> inTheirSet = new HashSet<>(theirKeys);
            Set<Object> members = new LinkedHashSet<>();
            for (Object key : valueOf.keySet()) {
                if (ListMerge.member(inBaseSet.contains(key), inMineSet.contains(key), inTheirSet.contains(key))) {
                    members.add(key);
                }
            }
            List<Object> values = new ArrayList<>();
            for (Object key : ListMerge.order(baseKeys, mineKeys, theirKeys, members)) {
                values.add(valueOf.get(key));
            }
            return values;
        }

        /** @return the elements of the merged version the references point at; proxies stay proxies */
        private List<Object> resolve(EObject element, EStructuralFeature feature, List<Object> values) {
            List<Object> resolved = new ArrayList<>();
            for (Object value : values) {
                if (value == null) {
                    continue;
                }
                EObject target = (EObject) value;
                String id = Elements.id(target);
                EObject there = made.get(id);
                if (there != null) {
                    resolved.add(there);
                } else if (target.eIsProxy()) {
                    resolved.add(proxy(target, ((EReference) feature).getEReferenceType()));
                } else {
                    report.skipped(element, feature, Reason.TARGET_GONE);
                }
            }
            return resolved;
        }

        private EObject proxy(EObject original, EClass type) {
            EObject proxy = EcoreUtil.create(original.eClass().isAbstract() ? type : original.eClass());
            ((InternalEObject) proxy).eSetProxyURI(((InternalEObject) original).eProxyURI());
            return proxy;
        }
    }
}
