package rectify.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.core.io.FileNames;
import rectify.model.Inspection;
import rectify.model.Record;
import rectify.model.Register;

/**
 * {@code rectify info <register>}: one line of {@code key=value} pairs per record, stable for
 * scripts. Values with spaces, quotes or equals signs are double-quoted with backslash escapes;
 * control characters are written as {@code \n}, {@code \t}, or a backslash, {@code u} and four hex digits.
 */
final class InfoCommand extends RegisterCommand {

    @Override
    public String name() {
        return "info";
    }

    @Override
    int run(Register register, PrintStream out) {
        register.getRecords().forEach(record -> out.println(line(record)));
        return OK;
    }

    /** @return the line of one record, as {@code rectify info} prints it */
    static String line(Record record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("record", EcoreUtil.getURI(record).fragment());
        fields.put("kind", record instanceof Inspection ? "inspection" : "meeting");
        fields.put("title", record.getTitle());
        fields.put("aspects", record.getAspectCount());
        fields.put("problems", record.getProblemCount());
        fields.put("causes", record.getCauseCount());
        fields.put("directions", record.getDirectionCount());
        fields.put("measures", record.getMeasureCount());
        fields.put("opinions", record.getOpinionCount());
        fields.put("talks", record.getTalkCount());
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + quoted(String.valueOf(field.getValue())))
                .collect(Collectors.joining(" "));
    }

    private static String quoted(String value) {
        if (!value.isEmpty()
                && value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '=' || c == '\\')) {
            return FileNames.escape(value);
        }
        return '"' + FileNames.escape(value.replace("\\", "\\\\").replace("\"", "\\\"")) + '"';
    }
}
