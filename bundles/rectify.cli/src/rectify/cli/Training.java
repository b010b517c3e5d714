package rectify.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.model.Record;
import rectify.samples.Samples;

/**
 * The training run of a command's class-data cache: the command's {@link Command#training
 * representative runs} on a copy of the bundled sample, through {@link Main} as the launch scripts
 * run commands, with their output discarded. The launch
 * scripts run it in the background the first time a command is used, recording the cache from it
 * rather than from the user's own first run, which may stop early (a wrong argument, a missing
 * file) and would leave a cache of the wrong classes:
 * {@code java <recording options> -cp <plain class path> rectify.cli.Training <command>}.
 * Exits 0 when the runs were made, 64 for a command that is not known.
 */
public final class Training {

    /**
     * The sample files a training runs on, copied into a scratch folder.
     *
     * @param folder the scratch folder, where the runs may write
     * @param register a copy of the sample register
     */
    public record Sample(Path folder, Path register) {

        /**
         * @param extension {@code txt}, {@code docx}, {@code doc} or {@code pdf}
         * @return a copy of the sample self-examination material
         */
        public Path document(String extension) {
            Path copy = folder.resolve(Samples.SAMPLE_DOCUMENT + "." + extension);
            if (!Files.exists(copy)) {
                try (InputStream in = Samples.sampleDocument(extension).openStream()) {
                    Files.copy(in, copy);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return copy;
        }

        /** @return the id of the sample's meeting made from the sample document, its largest record */
        public String meeting() {
            try {
                Record largest = RegisterFiles.load(register).getRecords().stream()
                        .max(Comparator.comparingInt(Record::getProblemCount)).orElseThrow();
                return EcoreUtil.getURI(largest).fragment();
            } catch (RegisterFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        /** @return the id of the sample's worked example, the record of its latest year */
        public String example() {
            try {
                return EcoreUtil
                        .getURI(RegisterFiles.load(register).getRecords().stream().filter(Record::isExample).findFirst()
                                .orElseThrow())
                        .fragment();
            } catch (RegisterFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        /** @return a path in the scratch folder, for output */
        public Path scratch(String name) {
            return folder.resolve(name);
        }
    }

    private Training() {
    }

    /**
     * Runs the training of one command.
     *
     * @param args the command's name
     */
    public static void main(String[] args) throws IOException {
        Command command = args.length == 1 ? CommandLine.command(args[0]) : null;
        if (command == null) {
            System.err.println("usage: Training <command>");
            System.exit(Command.USAGE);
        }
        Path folder = Files.createTempDirectory("rectify-training");
        try (PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)) {
            Sample sample = new Sample(folder, Samples.copySampleRegister(folder.resolve("sample.rectify")));
            for (List<String> run : command.training(sample)) {
                List<String> line = new ArrayList<>(List.of(command.name()));
                line.addAll(run);
                Main.run(line.toArray(String[]::new), nowhere, nowhere);
            }
        } finally {
            PlainClassPath.delete(folder);
        }
        System.exit(Command.OK);
    }
}
