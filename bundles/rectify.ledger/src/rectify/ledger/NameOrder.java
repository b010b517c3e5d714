package rectify.ledger;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Orders names (of people, units, records) as Chinese readers expect, through the collator of
 * {@link Locale#CHINA}; blank names come last. Collation keys are cached, so that sorting many rows
 * with few distinct names stays fast. Not thread-safe: make one per sort.
 */
public final class NameOrder implements Comparator<String> {

    private final Collator collator = Collator.getInstance(Locale.CHINA);
    private final Map<String, CollationKey> keys = new HashMap<>();

    /** Makes an order with an empty cache. */
    public NameOrder() {
        // the collator and the cache are made with the order
    }

    @Override
    public int compare(String a, String b) {
        boolean aBlank = a == null || a.isBlank();
        boolean bBlank = b == null || b.isBlank();
        if (aBlank || bBlank) {
            return Boolean.compare(aBlank, bBlank);
        }
        return key(a).compareTo(key(b));
    }

    private CollationKey key(String name) {
        return keys.computeIfAbsent(name, collator::getCollationKey);
    }
}
