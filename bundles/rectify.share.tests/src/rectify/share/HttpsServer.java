package rectify.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;

/**
 * A Git server over HTTPS for the tests, Git's smart HTTP protocol served by JGit's UploadPack and
 * ReceivePack behind the JDK's HTTPS server, with a self-signed certificate made by the JDK's
 * keytool and Basic authentication: JGit's own HTTP server does not resolve on Maven Central at
 * 7.8, so the tests bring this one.
 */
final class HttpsServer implements AutoCloseable {

    static final String USER = "rectify";
    static final String PASSWORD = "正确的口令";

    private final com.sun.net.httpserver.HttpsServer server;
    private final Repository repository;

    HttpsServer(Path bare, Path scratch) throws Exception {
        repository = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
        Path keystore = scratch.resolve("server.p12");
        Path keytool = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("keytool");
        Process made = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "git", "-keyalg", "RSA",
                "-keysize",
                "2048", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true)
                .start();
        String out = new String(made.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!made.waitFor(60, TimeUnit.SECONDS) || made.exitValue() != 0) {
            throw new IOException("keytool: " + out);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        server = com.sun.net.httpserver.HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/register.git/", this::serve);
        server.start();
    }

    /** @return the address of the repository */
    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/register.git";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expected = "Basic "
                    + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            if (path.endsWith("/info/refs")) {
                String service = query.replace("service=", "");
                exchange.getResponseHeaders().add("Content-Type", "application/x-" + service + "-advertisement");
                exchange.getResponseHeaders().add("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                PacketLineOut lines = new PacketLineOut(out);
                lines.writeString("# service=" + service + "\n");
                lines.end();
                RefAdvertiser.PacketLineOutRefAdvertiser advertiser = new RefAdvertiser.PacketLineOutRefAdvertiser(
                        lines);
                if ("git-upload-pack".equals(service)) {
                    UploadPack upload = new UploadPack(repository);
                    upload.setBiDirectionalPipe(false);
                    upload.sendAdvertisedRefs(advertiser);
                } else {
                    ReceivePack receive = new ReceivePack(repository);
                    receive.setBiDirectionalPipe(false);
                    receive.sendAdvertisedRefs(advertiser);
                }
                out.flush();
                return;
            }
            InputStream in = exchange.getRequestBody();
            if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                in = new GZIPInputStream(in);
            }
            boolean upload = path.endsWith("/git-upload-pack");
            exchange.getResponseHeaders().add("Content-Type",
                    upload ? "application/x-git-upload-pack-result" : "application/x-git-receive-pack-result");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            if (upload) {
                UploadPack pack = new UploadPack(repository);
                pack.setBiDirectionalPipe(false);
                pack.upload(in, out, null);
            } else {
                ReceivePack pack = new ReceivePack(repository);
                pack.setBiDirectionalPipe(false);
                pack.receive(in, out, null);
            }
            out.flush();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        repository.close();
    }

}
