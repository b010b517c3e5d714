package rectify.share;

import java.nio.file.Path;
import java.time.Duration;

import rectify.core.io.RegisterFiles;
import rectify.model.Record;

/**
 * A writer that saves a shared register over and over, each save a commit, until it is killed:
 * {@code SaveLoop <folder>}. Prints "saved N" after each save.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long writer = ProcessHandle.current().pid();
        for (int i = 1;; i++) {
            String round = i + "（" + writer + "）";
            RegisterFiles.update(folder, Duration.ofSeconds(30), (register, created) -> {
                for (Record record : register.getRecords()) {
                    record.setPlace("第 " + round + " 次保存");
                }
                return null;
            });
            System.out.println("saved " + i);
            System.out.flush();
        }
    }
}
