package rectify.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import rectify.model.ChainElement;

/**
 * Numbers within one scope: the problems of an aspect, the causes of a review, the measures of a
 * direction. In real documents each aspect and each direction numbers its problems or measures
 * from 1 again, while the causes of a review run （一）…（五） once.
 */
final class NumberingRules {

    private NumberingRules() {
    }

    /** Checks {@link Rule#NUMBER_UNIQUE} and {@link Rule#NUMBER_IN_ORDER} over the elements of one scope. */
    static void check(List<? extends ChainElement> elements, Reporter reporter) {
        Map<Integer, ChainElement> numbered = new HashMap<>();
        for (int position = 1; position <= elements.size(); position++) {
            ChainElement element = elements.get(position - 1);
            int number = element.getNumber();
            ChainElement first = number > 0 ? numbered.putIfAbsent(number, element) : null;
            if (first != null) {
                reporter.report(Rule.NUMBER_UNIQUE, element, new Object[] { first }, first);
            } else if (number != position) {
                reporter.report(Rule.NUMBER_IN_ORDER, element, new Object[] { position });
            }
        }
    }
}
