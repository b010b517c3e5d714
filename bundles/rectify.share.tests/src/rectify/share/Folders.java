package rectify.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import rectify.samples.Samples;

/** Shared registers made for tests, and the {@code git} command run on them. */
final class Folders {

    private Folders() {
    }

    /** @return the register part of the sample register shared into {@code folder} */
    static Path sharedSample(Path scratch, Path folder) throws IOException {
        Path file = Samples.copySampleRegister(scratch.resolve("sample-" + System.nanoTime() + ".rectify"));
        return Sharing.share(file, folder);
    }

    /** @return a measure of the record with the most measures, by its place in the first direction */
    static rectify.model.Measure measure(rectify.model.Register register, int index) {
        rectify.model.Record record = register.getRecords().stream()
                .max(java.util.Comparator.comparingInt(rectify.model.Record::getMeasureCount)).orElseThrow();
        return record.getReview().getDirections().get(0).getMeasures().get(index);
    }

    /** Changes a shared register as the workbench does: loaded, changed, saved (a commit). */
    static void edit(Path folder, java.util.function.Consumer<rectify.model.Register> change) throws IOException {
        org.eclipse.emf.ecore.resource.Resource resource = rectify.core.io.RegisterFiles
                .load(rectify.core.io.RegisterFiles.newResourceSet(), folder);
        change.accept((rectify.model.Register) resource.getContents().get(0));
        rectify.core.io.RegisterFiles.save(resource);
    }

    /** The output and exit code of a command. */
    record Run(int exit, String out) {
    }

    /** Runs {@code git} in a folder, with a fixed identity and no user or system configuration. */
    static Run git(Path folder, String... args) throws IOException {
        List<String> command = new ArrayList<>(
                List.of("git", "-c", "user.name=Git 用户", "-c", "user.email=git@example.org"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", folder.toString());
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " did not end");
            }
            return new Run(process.exitValue(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Runs {@code git} and expects it to succeed; @return its output */
    static String gitOk(Path folder, String... args) throws IOException {
        Run run = git(folder, args);
        assertEquals(0, run.exit(), () -> "git " + String.join(" ", args) + ":\n" + run.out());
        return run.out();
    }
}
