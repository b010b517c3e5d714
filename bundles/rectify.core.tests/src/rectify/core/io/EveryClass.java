package rectify.core.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.model.RectifyPackage;
import rectify.model.Register;

/**
 * Builds, by reflection over the metamodel, a register that holds an instance of every concrete
 * class of {@link RectifyPackage}, with every changeable, stored attribute set to a value other
 * than its default and every changeable non-containment reference set to some target.
 */
final class EveryClass {

    /** Text with Chinese, XML specials, line breaks, a tab and a character outside the BMP. */
    static final String TEXT = "整改“措施”：<&>'\"，第一行\r\n第二行\t〔2021〕12号 \uD83D\uDCDD ü";

    private final List<EObject> all = new ArrayList<>();
    private final Set<EClass> made = new LinkedHashSet<>();
    private int counter;

    /** @return a register with an instance of every concrete class */
    static Register build() {
        EveryClass builder = new EveryClass();
        Register register = (Register) builder.create(RectifyPackage.Literals.REGISTER, new HashSet<>());
        builder.setReferences();
        return register;
    }

    /** @return the concrete classes of the package */
    static Set<EClass> concreteClasses() {
        Set<EClass> classes = new LinkedHashSet<>();
        for (EClassifier classifier : RectifyPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface()) {
                classes.add(c);
            }
        }
        return classes;
    }

    /** @return the classes of the objects in a tree */
    static Set<EClass> classesIn(EObject root) {
        Set<EClass> classes = new LinkedHashSet<>();
        classes.add(root.eClass());
        root.eAllContents().forEachRemaining(o -> classes.add(o.eClass()));
        return classes;
    }

    private EObject create(EClass eClass, Set<EClass> path) {
        EObject object = EcoreUtil.create(eClass);
        all.add(object);
        made.add(eClass);
        setAttributes(object);
        Set<EClass> inner = new HashSet<>(path);
        inner.add(eClass);
        for (EReference reference : eClass.getEAllContainments()) {
            if (!stored(reference)) {
                continue;
            }
            for (EClass type : concreteSubclasses(reference.getEReferenceType())) {
                if (inner.contains(type)) {
                    continue;
                }
                if (reference.isMany()) {
                    list(object, reference).add(create(type, inner));
                } else if (!object.eIsSet(reference)) {
                    object.eSet(reference, create(type, inner));
                }
            }
        }
        return object;
    }

    private void setAttributes(EObject object) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!stored(attribute)) {
                continue;
            }
            if (attribute.isMany()) {
                List<Object> values = list(object, attribute);
                values.add(value(attribute, true));
                values.add(value(attribute, false));
            } else {
                object.eSet(attribute, value(attribute, true));
            }
        }
    }

    private Object value(EAttribute attribute, boolean last) {
        int n = ++counter;
        EClassifier type = attribute.getEAttributeType();
        if (type instanceof EEnum eEnum) {
            int size = eEnum.getELiterals().size();
            return eEnum.getELiterals().get(last ? size - 1 : 0).getInstance();
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == String.class) {
            return TEXT + " " + attribute.getName() + " " + n;
        }
        if (instanceClass == int.class || instanceClass == Integer.class) {
            return Integer.valueOf(1000 + n);
        }
        if (instanceClass == long.class || instanceClass == Long.class) {
            return Long.valueOf(5_000_000_000L + n);
        }
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            return Boolean.TRUE;
        }
        if (instanceClass == LocalDate.class) {
            return LocalDate.of(2021, 12, 28).plusDays(n);
        }
        throw new IllegalStateException("no test value for " + type.getName() + " of " + attribute.getName());
    }

    private void setReferences() {
        for (EObject object : all) {
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || !stored(reference)) {
                    continue;
                }
                EObject target = target(reference.getEReferenceType(), object);
                if (target == null) {
                    throw new IllegalStateException("no target for " + reference.getName());
                }
                if (reference.isMany()) {
                    List<EObject> values = list(object, reference);
                    if (!values.contains(target)) {
                        values.add(target);
                    }
                } else {
                    object.eSet(reference, target);
                }
            }
        }
    }

    /** @return an instance of the type, another object than {@code source} when there is one */
    private EObject target(EClass type, EObject source) {
        EObject self = null;
        for (EObject candidate : all) {
            if (type.isInstance(candidate)) {
                if (candidate != source) {
                    return candidate;
                }
                self = candidate;
            }
        }
        return self;
    }

    private static boolean stored(EStructuralFeature feature) {
        return feature.isChangeable() && !feature.isDerived() && !feature.isTransient() && !feature.isVolatile();
    }

    private static List<EClass> concreteSubclasses(EClass type) {
        List<EClass> result = new ArrayList<>();
        for (EClass candidate : concreteClasses()) {
            if (type.isSuperTypeOf(candidate)) {
                result.add(candidate);
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> EList<T> list(EObject object, EStructuralFeature feature) {
        return (EList<T>) object.eGet(feature);
    }
}
