package org.eclipse.jface.util;

/**
 * The assertions GEF 3.2 calls, which JFace no longer has: this fragment of
 * {@code org.eclipse.gef} gives them back to GEF's class loader (Require-Bundle looks in the
 * bundle's own class path, fragments included, after the required bundles), delegating to
 * {@link org.eclipse.core.runtime.Assert}. Only GEF sees this class.
 */
public final class Assert {

    private Assert() {
    }

    /** @throws org.eclipse.core.runtime.AssertionFailedException when {@code object} is null */
    public static void isNotNull(Object object) {
        org.eclipse.core.runtime.Assert.isNotNull(object);
    }

    /** @throws org.eclipse.core.runtime.AssertionFailedException with {@code message} when {@code object} is null */
    public static void isNotNull(Object object, String message) {
        org.eclipse.core.runtime.Assert.isNotNull(object, message);
    }

    /**
     * @return true
     * @throws org.eclipse.core.runtime.AssertionFailedException when {@code expression} is false
     */
    public static boolean isTrue(boolean expression) {
        return org.eclipse.core.runtime.Assert.isTrue(expression);
    }

    /**
     * @return true
     * @throws org.eclipse.core.runtime.AssertionFailedException with {@code message} when {@code expression} is false
     */
    public static boolean isTrue(boolean expression, String message) {
        return org.eclipse.core.runtime.Assert.isTrue(expression, message);
    }
}
