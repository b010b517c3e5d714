package rectify.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.model.Inspection;
import rectify.model.Record;
import rectify.model.Register;

/**
 * {@code rectify info <register>}: one line of {@code key=value} pairs per record, stable for
 * scripts. Values with spaces, quotes or equals signs are double-quoted with backslash escapes.
 */
final class InfoCommand implements Command {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String synopsis() {
        return "info <register>";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("rectify " + synopsis());
            return USAGE;
        }
        Register register;
        try {
            register = RegisterFiles.load(Path.of(args.get(0)));
        } catch (RegisterFileException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
        register.getRecords().forEach(record -> out.println(line(record)));
        return OK;
    }

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
        if (!value.isEmpty() && value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '=' || c == '\\')) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
