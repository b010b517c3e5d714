package rectify.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.core.io.RegisterFiles;

/**
 * What goes wrong between servers and registers is told clearly and changes nothing: a server
 * that cannot be reached, wrong credentials over SSH, a repository of another register, a damaged
 * or foreign hand-over file, a folder that is not shared, a cancelled transfer. The right password
 * over SSH works.
 */
class FailuresTest {

    @TempDir
    Path scratch;

    private GitServers servers;
    private Path folder;
    private String head;

    @BeforeEach
    void share() throws IOException {
        servers = new GitServers(scratch.resolve("server"));
        folder = scratch.resolve("台账");
        Folders.sharedSample(scratch, folder);
        head = head();
    }

    @AfterEach
    void stop() throws IOException {
        System.clearProperty(Transports.SSH_DIRECTORY);
        servers.close();
    }

    private String head() throws IOException {
        return Folders.gitOk(folder, "rev-parse", "HEAD").strip();
    }

    private void assertNothingChanged() throws IOException {
        assertEquals(head, head(), "the branch did not move");
        assertEquals("", Folders.gitOk(folder, "status", "--porcelain"));
        assertEquals(1, Folders.git(folder, "config", "--get", "remote.origin.url").exit(), "no server remembered");
        RegisterFiles.load(folder);
    }

    @Test
    void anUnreachableServerIsNamedAndNothingChanges() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "git://127.0.0.1:" + port + "/register.git";
        ShareException e = assertThrows(ShareException.class,
                () -> Sync.run(folder, url, null, NullProgressMonitor.INSTANCE, null));
        assertTrue(e.getMessage().contains(url), e.getMessage());
        assertNothingChanged();
    }

    @Test
    void overSshTheRightPasswordSynchronisesAndAWrongOneIsRefused() throws IOException {
        servers.bare("register");
        Path ssh = scratch.resolve("ssh");
        String url = servers.ssh("register", ssh);
        System.setProperty(Transports.SSH_DIRECTORY, ssh.toString());

        assertTrue(Sync.run(folder, url, Credentials.of(GitServers.USER, GitServers.PASSWORD),
                NullProgressMonitor.INSTANCE, null).merged());
        assertEquals(head, Folders.gitOk(servers.repository("register"), "rev-parse", "main").strip(),
                "pushed over SSH");
        ShareException e = assertThrows(ShareException.class, () -> Sync.run(folder, url,
                Credentials.of(GitServers.USER, "错误的口令"), NullProgressMonitor.INSTANCE, null));
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
        String refusal = Messages.notAuthorized.substring(Messages.notAuthorized.indexOf('}') + 1,
                Messages.notAuthorized.indexOf('}') + 8);
        assertTrue(e.getMessage().contains(refusal), e.getMessage());
        assertEquals(head, head());
        assertEquals(url, Folders.gitOk(folder, "config", "--get", "remote.origin.url").strip());
    }

    @Test
    void overHttpsTheRightPasswordSynchronisesAndAWrongOneIsRefused() throws Exception {
        servers.bare("register");
        try (HttpsServer https = new HttpsServer(servers.repository("register"), scratch)) {
            Folders.gitOk(folder, "config", "http.sslVerify", "false"); // the test server's certificate is its own
            ShareException e = assertThrows(ShareException.class, () -> Sync.run(folder, https.url(),
                    Credentials.of(HttpsServer.USER, "错误的口令"), NullProgressMonitor.INSTANCE, null));
            assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
            assertEquals(head, head());
            assertTrue(Sync.run(folder, https.url(), Credentials.of(HttpsServer.USER, HttpsServer.PASSWORD),
                    NullProgressMonitor.INSTANCE, null).merged());
            assertEquals(head, Folders.gitOk(servers.repository("register"), "rev-parse", "main").strip(),
                    "pushed over HTTPS");
        }
    }

    @Test
    void aRepositoryOfAnotherRegisterIsRefused() throws IOException {
        servers.bare("other");
        String url = servers.daemon("other");
        Path other = scratch.resolve("另一个");
        Path file = scratch.resolve("另一个.rectify");
        RegisterFiles.save(rectify.model.RectifyFactory.eINSTANCE.createRegister(), file);
        Sharing.share(file, other);
        Sync.run(other, url, null, NullProgressMonitor.INSTANCE, null);

        ShareException e = assertThrows(ShareException.class,
                () -> Sync.run(folder, url, null, NullProgressMonitor.INSTANCE, null));
        assertTrue(e.getMessage().contains(url), e.getMessage());
        assertNothingChanged();
        assertNull(org.eclipse.jgit.storage.file.FileRepositoryBuilder.create(folder.resolve(".git").toFile())
                .exactRef("refs/remotes/origin/main"));
    }

    @Test
    void aDamagedOrForeignHandOverFileIsRefused() throws IOException {
        Path garbage = scratch.resolve("乱码.bundle");
        Files.write(garbage, "这不是交接文件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ShareException e = assertThrows(ShareException.class, () -> Handover.apply(folder, garbage, null, null));
        assertTrue(e.getMessage().contains("乱码.bundle"), e.getMessage());

        Path mine = scratch.resolve("本机.bundle");
        Handover.create(folder, mine, true, null);
        Path clone = scratch.resolve("另一台机器");
        Sharing.join(mine.toString(), clone, null, NullProgressMonitor.INSTANCE);
        RegisterFiles.update(clone, java.time.Duration.ofSeconds(5), (register, created) -> {
            register.setOrganizationName("另一台机器改的名称");
            return null;
        });
        Path whole = scratch.resolve("完整.bundle");
        Handover.create(clone, whole, true, null);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = scratch.resolve("截断.bundle");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertThrows(ShareException.class, () -> Handover.apply(folder, cut, null, null));

        Path other = scratch.resolve("另一个");
        Path file = scratch.resolve("另一个.rectify");
        RegisterFiles.save(rectify.model.RectifyFactory.eINSTANCE.createRegister(), file);
        Sharing.share(file, other);
        Path foreign = scratch.resolve("别人的.bundle");
        Handover.create(other, foreign, true, null);
        ShareException refused = assertThrows(ShareException.class, () -> Handover.apply(folder, foreign, null, null));
        assertTrue(refused.getMessage().contains("别人的.bundle"), refused.getMessage());
        assertNothingChanged();
    }

    @Test
    void aFolderThatIsNotSharedAndACancelledTransferChangeNothing() throws IOException {
        Path plain = Files.createDirectories(scratch.resolve("普通文件夹"));
        assertThrows(ShareException.class, () -> Sync.run(plain, "git://127.0.0.1:9/x.git", null, null, null));
        assertThrows(ShareException.class, () -> History.of(plain, null));

        servers.bare("register");
        String url = servers.daemon("register");
        ProgressMonitor cancelled = new org.eclipse.jgit.lib.EmptyProgressMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        ShareException e = assertThrows(ShareException.class, () -> Sync.run(folder, url, null, cancelled, null));
        assertEquals(Messages.cancelled, e.getMessage());
        assertNothingChanged();
    }

}
