package rectify.ui.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.common.util.Diagnostic;

import rectify.model.Record;
import rectify.ui.registers.OpenRegister;
import rectify.validation.Rule;

/**
 * The findings of the open registers as the closed-loop view shows them: by record, then by rule,
 * so that the many findings of one gap (a document that writes no links, say) read as a few lines.
 */
final class FindingGroups {

    private FindingGroups() {
    }

    /** The findings in one record (or outside any, then {@code record} is null), by rule. */
    record ByRecord(OpenRegister register, Record record, List<ByRule> rules) implements IAdaptable {

        /** @return how many findings have this severity or a higher one */
        long count(int severity) {
            return rules.stream().flatMap(rule -> rule.findings().stream())
                    .filter(finding -> finding.diagnostic().getSeverity() >= severity).count();
        }

        int severity() {
            return rules.stream().mapToInt(ByRule::severity).max().orElse(Diagnostic.OK);
        }

        @Override
        public <T> T getAdapter(Class<T> type) {
            return type.isInstance(record) ? type.cast(record) : null;
        }
    }

    /** The findings of one rule in one record. */
    record ByRule(ByRecord parent, String ruleId, List<Finding> findings) {

        /** @return the rule in words, in the user's language; the id for a check that is no rule */
        String title() {
            Rule rule = findings.get(0).rule();
            return rule == null ? ruleId : rule.title(null);
        }

        int severity() {
            return findings.stream().mapToInt(finding -> finding.diagnostic().getSeverity()).max()
                    .orElse(Diagnostic.OK);
        }
    }

    /** @return the findings of the registers by record (in the registers' order) and rule (errors first) */
    static List<ByRecord> of(List<OpenRegister> registers) {
        List<ByRecord> groups = new ArrayList<>();
        for (OpenRegister register : registers) {
            Map<Record, Map<String, List<Finding>>> byRecord = new LinkedHashMap<>();
            for (Diagnostic diagnostic : register.diagnosticList()) {
                Finding finding = new Finding(register, diagnostic);
                byRecord.computeIfAbsent(finding.record(), r -> new LinkedHashMap<>())
                        .computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
            }
            byRecord.forEach((record, byRule) -> {
                List<ByRule> rules = new ArrayList<>();
                ByRecord group = new ByRecord(register, record, rules);
                byRule.forEach((id, findings) -> rules.add(new ByRule(group, id, List.copyOf(findings))));
                rules.sort(Comparator.comparingInt(ByRule::severity).reversed());
                groups.add(group);
            });
        }
        groups.sort(Comparator.comparingInt(ByRecord::severity).reversed());
        return groups;
    }

    /**
     * @return what stays the same of a group or finding when the rules are checked again: its
     *         record, rule and element; the view keeps what the user expanded by it
     */
    static Object identity(Object element) {
        return switch (element) {
            case ByRecord group -> Objects.requireNonNullElse(group.record(), group.register());
            case ByRule group -> List.of(identity(group.parent()), group.ruleId());
            case Finding finding ->
                Arrays.asList(finding.element(), finding.ruleId(), finding.diagnostic().getMessage());
            default -> element;
        };
    }
}
