package rectify.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.Review;
import rectify.samples.Samples;

/** The reviews of the sample register, read afresh for a headless test. */
public final class SampleReviews {

    private SampleReviews() {
    }

    /** @return the review of the sample's record of {@code year}, in a register of its own */
    public static Review of(int year) throws IOException, RegisterFileException {
        Path file = Samples.copySampleRegister(Files.createTempFile("sample", ".rectify"));
        try {
            Register register = RegisterFiles.load(file);
            return register.getRecords().stream().filter(r -> r.getYear() == year).map(Record::getReview).findFirst()
                    .orElseThrow(() -> new AssertionError("no record of " + year + " in the sample"));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
