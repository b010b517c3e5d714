package rectify.ledger.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import rectify.ledger.evidence.EvidenceProblem.Kind;
import rectify.model.AttachedDocument;
import rectify.model.Direction;
import rectify.model.Measure;
import rectify.model.ProgressEntry;
import rectify.model.Record;
import rectify.model.Register;

/**
 * Checks the evidence files of a register's progress entries against their documents: each
 * document with a path must lead to a file whose size and SHA-256 are the recorded ones (when
 * recorded). Documents kept without a path (paper evidence) are not checked.
 */
public final class EvidenceCheck {

    private EvidenceCheck() {
    }

    /**
     * @param register a register
     * @param registerFolder the folder of its file, against which relative paths resolve
     * @return the problems, in the order of the records, measures and entries; empty when every
     *         file matches
     */
    public static List<EvidenceProblem> check(Register register, Path registerFolder) {
        List<EvidenceProblem> problems = new ArrayList<>();
        for (AttachedDocument document : documents(register)) {
            EvidenceProblem problem = check(document, registerFolder);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /**
     * @param document a document with a path
     * @param registerFolder the folder of the register file
     * @return what is wrong with its file, or null when it matches
     */
    public static EvidenceProblem check(AttachedDocument document, Path registerFolder) {
        Path file = EvidenceFiles.resolve(document, registerFolder);
        if (!Files.exists(file)) {
            return new EvidenceProblem(document, Kind.MISSING, file, null);
        }
        String recorded = document.getSha256();
        if (recorded == null || recorded.isBlank()) {
            return null;
        }
        try {
            if (Files.size(file) != document.getSize()) {
                return new EvidenceProblem(document, Kind.CHANGED, file, null);
            }
            EvidenceFiles.Digest digest = EvidenceFiles.digest(file);
            return digest.sha256().equalsIgnoreCase(recorded.strip()) ? null
                    : new EvidenceProblem(document, Kind.CHANGED, file, null);
        } catch (IOException e) {
            return new EvidenceProblem(document, Kind.UNREADABLE, file, EvidenceFiles.reason(e));
        }
    }

    /**
     * @param register a register
     * @return the evidence documents with a path of its progress entries, each once, in the order
     *         of the records, measures and entries: what {@link #check(Register, Path)} checks
     */
    public static List<AttachedDocument> documents(Register register) {
        Set<AttachedDocument> documents = new LinkedHashSet<>();
        for (Record record : register.getRecords()) {
            if (record.getReview() == null) {
                continue;
            }
            for (Direction direction : record.getReview().getDirections()) {
                for (Measure measure : direction.getMeasures()) {
                    for (ProgressEntry entry : measure.getProgress()) {
                        for (AttachedDocument document : entry.getEvidence()) {
                            if (document.getPath() != null && !document.getPath().isBlank()) {
                                documents.add(document);
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(documents);
    }
}
