package rectify.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;

import rectify.model.edit.Labels;
import rectify.model.provider.RectifyEditPlugin;

/** One helper names every literal of every enumeration, as the item providers do. */
class LabelsTest {

    @Test
    void everyLiteralOfEveryEnumerationHasAName() {
        for (EClassifier classifier : RectifyPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum enumeration) {
                for (EEnumLiteral literal : enumeration.getELiterals()) {
                    String name = Labels.literal((Enumerator) literal.getInstance());
                    assertFalse(name.isBlank() || name.startsWith("_UI_"),
                            enumeration.getName() + "." + literal.getName());
                }
            }
        }
    }

    @Test
    void theNamesAreTheItemProvidersAndTheKindsToo() {
        assertEquals(RectifyEditPlugin.INSTANCE.getString("_UI_MeasureStatus_inProgress_literal"),
                Labels.literal(MeasureStatus.IN_PROGRESS));
        assertEquals(RectifyEditPlugin.INSTANCE.getString("_UI_Meeting_type"),
                Labels.type(RectifyPackage.Literals.MEETING));
    }

    @Test
    void namesInALanguageAskedForAreTheItemProvidersInThatLanguage() {
        assertEquals("推进中", Labels.literal(MeasureStatus.IN_PROGRESS, Locale.CHINESE));
        assertEquals("In progress", Labels.literal(MeasureStatus.IN_PROGRESS, Locale.ENGLISH));
        assertEquals(Labels.literal(Disposition.ADOPTED, Locale.ENGLISH),
                Labels.literal(Disposition.ADOPTED, Locale.GERMAN),
                "English for a language without names");
    }
}
