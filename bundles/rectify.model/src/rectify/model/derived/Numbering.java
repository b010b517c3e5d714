package rectify.model.derived;

import java.util.List;

import rectify.model.ChainElement;

/** Numbers for new problems, causes and measures. */
public final class Numbering {

    private Numbering() {
    }

    /**
     * @param siblings the elements numbered so far in one sequence (the problems of an aspect, the
     *        causes of a review, the measures of a direction)
     * @return one more than the highest number among them; 1 when there are none
     */
    public static int next(List<? extends ChainElement> siblings) {
        return siblings.stream().mapToInt(ChainElement::getNumber).max().orElse(0) + 1;
    }
}
