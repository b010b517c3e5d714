package rectify.model.derived;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import rectify.model.ArchivalInfo;
import rectify.model.Register;

/**
 * The archival reference (档号) of DA/T 22-2015: fonds code, year, retention code, organization
 * (problem) code and item number, joined by hyphens, e.g. {@code X001-2021-Y-BGS-0001}.
 */
public final class ArchivalReferences {

    private static final String SEPARATOR = "-";

    private ArchivalReferences() {
    }

    /**
     * Composes the archival reference of a record's archival information. The fonds code is the
     * one of the register that holds the record; the item number is padded to four digits; a blank
     * organization code is left out, as the standard allows for fonds not classified by
     * organization.
     *
     * @param info the archival information of a record
     * @return the archival reference, or {@code null} while the fonds code, the year, the retention
     *         or the item number is missing
     */
    public static String of(ArchivalInfo info) {
        String fondsCode = fondsCode(info);
        if (isBlank(fondsCode) || info.getYear() <= 0 || !info.isSetRetention()
                || info.getItemNumber() <= 0) {
            return null;
        }
        List<String> parts = new ArrayList<>(List.of(fondsCode.strip(), Integer.toString(info.getYear()),
                info.getRetention().getLiteral()));
        if (!isBlank(info.getOrganizationCode())) {
            parts.add(info.getOrganizationCode().strip());
        }
        parts.add("%04d".formatted(info.getItemNumber()));
        return String.join(SEPARATOR, parts);
    }

    private static String fondsCode(ArchivalInfo info) {
        for (EObject container = info.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof Register register) {
                return register.getFondsCode();
            }
        }
        return null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
