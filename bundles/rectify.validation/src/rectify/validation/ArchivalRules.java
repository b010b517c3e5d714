package rectify.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import rectify.model.ArchivalInfo;
import rectify.model.Record;
import rectify.model.Register;

/**
 * The archival information a record needs before it is archived: the parts of its archival
 * reference (档号) of DA/T 22-2015.
 */
final class ArchivalRules {

    private ArchivalRules() {
    }

    /** Checks {@link Rule#ARCHIVAL_INFO_COMPLETE}. */
    static void check(Record record, Reporter reporter) {
        if (Rule.ARCHIVAL_INFO_COMPLETE.severityFor(record.getStatus()) == Diagnostic.OK) {
            return;
        }
        List<String> missing = missingFields(record, reporter.texts());
        if (!missing.isEmpty()) {
            String fields = String.join(reporter.texts().get("listSeparator"), missing);
            ArchivalInfo info = record.getArchivalInfo();
            if (info == null) {
                reporter.report(Rule.ARCHIVAL_INFO_COMPLETE, record, new Object[] { fields });
            } else {
                reporter.report(Rule.ARCHIVAL_INFO_COMPLETE, record, new Object[] { fields }, info);
            }
        }
    }

    private static List<String> missingFields(Record record, Texts texts) {
        List<String> missing = new ArrayList<>();
        ArchivalInfo info = record.getArchivalInfo();
        if (Labels.isBlank(fondsCode(record))) {
            missing.add(texts.get("fieldFondsCode"));
        }
        if (info == null || info.getYear() <= 0) {
            missing.add(texts.get("fieldYear"));
        }
        if (info == null || !info.isSetRetention()) {
            missing.add(texts.get("fieldRetention"));
        }
        if (info == null || info.getItemNumber() <= 0) {
            missing.add(texts.get("fieldItemNumber"));
        }
        return missing;
    }

    private static String fondsCode(Record record) {
        for (EObject container = record.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof Register register) {
                return register.getFondsCode();
            }
        }
        return null;
    }
}
