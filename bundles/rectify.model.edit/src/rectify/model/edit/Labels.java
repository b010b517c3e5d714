package rectify.model.edit;

import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Direction;

/** Labels that show elements as the document numbers them. */
final class Labels {

    private Labels() {
    }

    /**
     * @return the number followed by the headline, e.g. {@code 1 从思想深处领悟理论精髓不够。};
     *         empty without a headline
     */
    static String of(ChainElement element) {
        if (isBlank(element.getHeadline())) {
            return "";
        }
        String number = element.getNumber() > 0 ? Integer.toString(element.getNumber()) : null;
        return join(number, element.getHeadline());
    }

    /** @return the number label followed by the short name or, without one, the heading */
    static String of(Aspect aspect) {
        String name = isBlank(aspect.getShortName()) ? aspect.getTitle() : aspect.getShortName();
        return join(aspect.getLabel(), name);
    }

    /** @return the number label followed by the heading */
    static String of(Direction direction) {
        return join(direction.getLabel(), direction.getHeading());
    }

    /** @return the label when it is not blank; else the fallback's */
    static String or(String label, Supplier<String> fallback) {
        return isBlank(label) ? fallback.get() : label.strip();
    }

    private static String join(String... parts) {
        return Stream.of(parts)
                .filter(part -> !isBlank(part))
                .map(String::strip)
                .collect(Collectors.joining(" "));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
