package rectify.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import rectify.core.io.RegisterFileException.Problem;
import rectify.core.io.RegisterMigrations.Migration;
import rectify.model.RectifyPackage;
import rectify.model.Register;

/**
 * A corpus of bad files: each fails, in bounded time, with a {@link RegisterFileException} that
 * names the file, the problem and (where the parser knows it) the line; none is half-loaded.
 */
class BadRegisterFilesTest {

    /** Any line is fine, but there must be one. */
    private static final int SOME_LINE = -2;
    /** No position is known. */
    private static final int NO_LINE = -1;

    /** A valid register; line 5 is the second person. */
    static final String GOOD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rectify:Register xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:rectify="urn:rectify:model:1.1" xmi:id="_r" organizationName="中共某某省应急管理厅委员会">
              <units xmi:id="_u1" name="办公室" code="BGS"/>
              <people xmi:id="_p1" name="张三" position="处长" unit="_u1"/>
              <people xmi:id="_p2" name="李四" position="副处长" unit="_u1"/>
            </rectify:Register>
            """;

    @TempDir
    Path dir;

    /** Writes a bad file. */
    @FunctionalInterface
    interface Content {
        void write(Path file) throws IOException;
    }

    static Arguments bad(String name, Problem problem, int line, String detail, Content content) {
        return Arguments.of(name, problem, line, detail, content);
    }

    static Content text(String text) {
        return file -> Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Content good(String from, String to) {
        if (!GOOD.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return text(GOOD.replace(from, to));
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                bad("empty", Problem.EMPTY, NO_LINE, null, file -> Files.write(file, new byte[0])),
                bad("white space only", Problem.EMPTY, NO_LINE, null, text("  \n\t\n")),
                bad("binary", Problem.BINARY, 1, null, file -> {
                    byte[] bytes = new byte[8192];
                    new Random(7).nextBytes(bytes);
                    byte[] zip = { 'P', 'K', 3, 4 };
                    System.arraycopy(zip, 0, bytes, 0, zip.length);
                    Files.write(file, bytes);
                }),
                bad("text, not XML", Problem.NOT_XML, 1, null, text("问题,原因,措施\n理论学习不够,站位不高,加强学习\n")),
                bad("truncated in an element", Problem.TRUNCATED, SOME_LINE, null,
                        file -> truncate(file, 0.5)),
                bad("truncated after a tag", Problem.TRUNCATED, SOME_LINE, null,
                        text(GOOD.substring(0, GOOD.indexOf("<people")))),
                bad("truncated after the declaration", Problem.TRUNCATED, SOME_LINE, null,
                        text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")),
                bad("mismatched end tag", Problem.MALFORMED, 3, "units",
                        good("<units xmi:id=\"_u1\" name=\"办公室\" code=\"BGS\"/>",
                                "<units xmi:id=\"_u1\" name=\"办公室\" code=\"BGS\"></people>")),
                bad("foreign XML", Problem.FOREIGN, 1, "http://maven.apache.org/POM/4.0.0",
                        text("<?xml version=\"1.0\"?><project xmlns=\"http://maven.apache.org/POM/4.0.0\">"
                                + "<modelVersion>4.0.0</modelVersion></project>\n")),
                bad("XML without a namespace", Problem.FOREIGN, 1, "<html>",
                        text("<html><body>整改</body></html>\n")),
                bad("XMI of another model", Problem.FOREIGN, SOME_LINE, "http://www.eclipse.org/emf/2002/Ecore",
                        text("""
                                <?xml version="1.0" encoding="UTF-8"?>
                                <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                                    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="model" nsURI="urn:x"/>
                                """)),
                bad("XMI wrapper with several roots", Problem.FOREIGN, SOME_LINE, "xmi:XMI",
                        text("<?xml version=\"1.0\"?><xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                                + " xmlns:rectify=\"urn:rectify:model:1.1\"><rectify:Register/><rectify:Register/>"
                                + "</xmi:XMI>\n")),
                bad("root is not a register", Problem.NOT_A_REGISTER, 2, "rectify:Meeting",
                        text(GOOD.replace("<rectify:Register ", "<rectify:Meeting ")
                                .replace("</rectify:Register>", "</rectify:Meeting>"))),
                bad("newer minor version", Problem.NEWER_VERSION, 2, "1.2",
                        good("urn:rectify:model:1.1", "urn:rectify:model:1.2")),
                bad("newer major version", Problem.NEWER_VERSION, 2, "2.0",
                        good("urn:rectify:model:1.1", "urn:rectify:model:2.0")),
                bad("older version", Problem.OLDER_VERSION, 2, "0.9",
                        good("urn:rectify:model:1.1", "urn:rectify:model:0.9")),
                bad("unknown schema version", Problem.FOREIGN, 2, "urn:rectify:model:beta",
                        good("urn:rectify:model:1.1", "urn:rectify:model:beta")),
                bad("internal DTD", Problem.DOCTYPE, 2, null,
                        good("<rectify:Register ", "<!DOCTYPE rectify:Register []>\n<rectify:Register ")),
                bad("external DTD", Problem.DOCTYPE, 2, null,
                        good("<rectify:Register ",
                                "<!DOCTYPE rectify:Register SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<rectify:Register ")),
                bad("parameter entity", Problem.DOCTYPE, 2, null,
                        good("<rectify:Register ", "<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]>\n"
                                + "<rectify:Register ")),
                bad("entity expansion bomb", Problem.DOCTYPE, 2, null, text(bomb())),
                // A huge value is refused with a message rather than loaded: the guard under the
                // parser stops at 16 MiB between two '<', so the parser never buffers more than
                // that, whatever the file holds (aLongTextBelowTheLimitLoads: 5.7 MB loads).
                bad("huge attribute", Problem.VALUE_TOO_LONG, 2, "16", file -> huge(file, 50 << 20)),
                bad("duplicate id", Problem.DUPLICATE_ID, 5, "_p1",
                        good("xmi:id=\"_p2\"", "xmi:id=\"_p1\"")),
                bad("id of another element's kind used twice", Problem.DUPLICATE_ID, 4, "_u1",
                        good("xmi:id=\"_p1\"", "xmi:id=\"_u1\"")),
                bad("dangling reference", Problem.DANGLING_REFERENCE, 5, "_gone",
                        good("position=\"副处长\" unit=\"_u1\"", "position=\"副处长\" unit=\"_gone\"")),
                bad("reference into another file", Problem.EXTERNAL_REFERENCE, 5, "other.rectify#_u1",
                        good("position=\"副处长\" unit=\"_u1\"", "position=\"副处长\" unit=\"other.rectify#_u1\"")),
                bad("unknown attribute", Problem.UNKNOWN_FEATURE, 5, "shoeSize",
                        good("name=\"李四\"", "name=\"李四\" shoeSize=\"44\"")),
                bad("unknown element", Problem.UNKNOWN_FEATURE, 3, "gadgets", good("<units ", "<gadgets ")),
                bad("unknown type", Problem.UNKNOWN_TYPE, 3, "Gadget",
                        good("<units ", "<units xsi:type=\"rectify:Gadget\""
                                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")),
                bad("type from an unknown package", Problem.UNKNOWN_TYPE, 3, "Gadget",
                        good("<units ", "<units xsi:type=\"evil:Gadget\" xmlns:evil=\"http://127.0.0.1:9/evil.ecore\""
                                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")),
                bad("illegal enumeration value", Problem.ILLEGAL_VALUE, 3, "nonsense",
                        good("code=\"BGS\"", "code=\"BGS\" kind=\"nonsense\"")),
                bad("illegal date", Problem.ILLEGAL_VALUE, 3, "2021-13-45",
                        good("<units xmi:id=\"_u1\" name=\"办公室\" code=\"BGS\"/>",
                                "<notices xmi:id=\"_n1\" title=\"通知\" date=\"2021-13-45\"/>")),
                bad("illegal number", Problem.ILLEGAL_VALUE, 3, "三",
                        good("<units xmi:id=\"_u1\" name=\"办公室\" code=\"BGS\"/>",
                                "<templates xmi:id=\"_t1\"><aspects xmi:id=\"_a1\" minimumProblems=\"三\"/></templates>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aBadFileFailsClearlyAndLeavesNothing(String name, Problem problem, int line, String detail, Content content)
            throws IOException {
        Path file = dir.resolve(name.replace(' ', '-') + ".rectify");
        content.write(file);
        ResourceSet set = RegisterFiles.newResourceSet();
        RegisterFileException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(RegisterFileException.class, () -> RegisterFiles.load(set, file)));
        System.out.println(name + " -> " + e.getProblem() + ": " + e.getMessage());
        assertEquals(problem, e.getProblem(), e.getMessage());
        assertEquals(file, e.getFile());
        assertTrue(e.getMessage().contains(file.toString()), "the message names the file: " + e.getMessage());
        if (line == SOME_LINE) {
            assertTrue(e.getLine() > 0, "a line is known: " + e.getMessage());
        } else {
            assertEquals(line, e.getLine(), e.getMessage());
        }
        if (e.getLine() > 0) {
            assertTrue(e.getMessage().contains(String.valueOf(e.getLine())), "the message gives the line");
        }
        if (detail != null) {
            assertTrue(e.getMessage().contains(detail), "the message says " + detail + ": " + e.getMessage());
        }
        assertTrue(set.getResources().isEmpty(), "nothing is left in the resource set");

        RegisterFileException again = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(RegisterFileException.class, () -> RegisterFiles.load(file)));
        assertEquals(e.getMessage(), again.getMessage());
    }

    @Test
    void externalEntitiesReadNothing() throws IOException {
        String secret = "secret-" + UUID.randomUUID();
        Path secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, secret);
        Path file = dir.resolve("xxe.rectify");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE rectify:Register [<!ENTITY x SYSTEM \"" + secretFile.toUri() + "\">]>\n"
                + "<rectify:Register xmlns:rectify=\"urn:rectify:model:1.1\" organizationName=\"&x;\">"
                + "<units name=\"&x;\"/></rectify:Register>\n");
        ResourceSet set = RegisterFiles.newResourceSet();
        RegisterFileException e = assertThrows(RegisterFileException.class, () -> RegisterFiles.load(set, file));
        assertEquals(Problem.DOCTYPE, e.getProblem());
        assertTrue(set.getResources().isEmpty());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t).contains(secret), "the secret appears in " + t);
        }
    }

    @Test
    void aLongTextBelowTheLimitLoads() throws IOException {
        Path file = dir.resolve("long.rectify");
        String minutes = "会议由党委书记主持，与会同志逐一发言。".repeat(100_000); // 1.9 M characters, 5.7 MB
        Register register = SampleRegisters.meeting(2, 2);
        ((rectify.model.Meeting) register.getRecords().get(0)).setMinutes(minutes);
        RegisterFiles.save(register, file);
        Register loaded = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> RegisterFiles.load(file));
        assertEquals(minutes, ((rectify.model.Meeting) loaded.getRecords().get(0)).getMinutes());
    }

    @Test
    void aMissingFile() {
        Path file = dir.resolve("missing.rectify");
        RegisterFileException e = assertThrows(RegisterFileException.class, () -> RegisterFiles.load(file));
        System.out.println("missing -> " + e.getProblem() + ": " + e.getMessage());
        assertEquals(Problem.NOT_FOUND, e.getProblem());
        assertTrue(e.getMessage().contains(file.toString()));
        assertEquals(-1, e.getLine());
        assertEquals(-1, e.getColumn());
    }

    @Test
    void aFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.rectify"));
        RegisterFileException e = assertThrows(RegisterFileException.class, () -> RegisterFiles.load(folder));
        System.out.println("folder -> " + e.getProblem() + ": " + e.getMessage());
        assertEquals(Problem.NOT_A_FILE, e.getProblem());
        assertTrue(e.getMessage().contains(folder.toString()));
    }

    @Test
    void anUnreadableFile() throws IOException {
        Path file = dir.resolve("locked.rectify");
        Files.writeString(file, GOOD);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(file), "the user may read any file (root)");
        RegisterFileException e = assertThrows(RegisterFileException.class, () -> RegisterFiles.load(file));
        System.out.println("unreadable -> " + e.getProblem() + ": " + e.getMessage());
        assertEquals(Problem.UNREADABLE, e.getProblem());
        assertTrue(e.getMessage().contains(file.toString()));
    }

    @Test
    void theGoodFileOfTheCorpusLoads() throws IOException {
        Path file = dir.resolve("good.rectify");
        Files.writeString(file, GOOD);
        Register register = RegisterFiles.load(file);
        assertEquals("中共某某省应急管理厅委员会", register.getOrganizationName());
        assertEquals(register.getUnits().get(0), register.getPeople().get(1).getUnit());
    }

    @Test
    void theSetMustNotHoldTheFileAlready() throws IOException {
        Path file = dir.resolve("good.rectify");
        Files.writeString(file, GOOD);
        ResourceSet set = RegisterFiles.newResourceSet();
        RegisterFiles.load(set, file);
        assertThrows(IllegalArgumentException.class, () -> RegisterFiles.load(set, file));
        assertEquals(1, set.getResources().size());
    }

    @Test
    void aFailedLoadLeavesTheOtherResourcesOfTheSet() throws IOException {
        Path good = dir.resolve("good.rectify");
        Files.writeString(good, GOOD);
        Path bad = dir.resolve("bad.rectify");
        Files.writeString(bad, GOOD.replace("xmi:id=\"_p2\"", "xmi:id=\"_p1\""));
        ResourceSet set = RegisterFiles.newResourceSet();
        Resource loaded = RegisterFiles.load(set, good);
        assertThrows(RegisterFileException.class, () -> RegisterFiles.load(set, bad));
        assertEquals(List.of(loaded), set.getResources());
    }

    @Test
    void anOlderVersionWithAMigrationLoadsThroughIt() throws IOException {
        Path file = dir.resolve("old.rectify");
        Files.writeString(file, GOOD.replace("urn:rectify:model:1.1", "urn:rectify:model:0.9"));
        Migration renameOrganization = new Migration() {
            @Override
            public SchemaVersion from() {
                return new SchemaVersion(0, 9);
            }

            @Override
            public EPackage readingPackage() {
                return RectifyPackage.eINSTANCE;
            }

            @Override
            public Register migrate(EObject root) {
                Register register = (Register) root;
                register.setOrganizationName(register.getOrganizationName() + "（迁移）");
                return register;
            }
        };
        ResourceSet set = RegisterFiles.newResourceSet();
        Resource resource = RegisterLoader.load(set, file, new RegisterMigrations(List.of(renameOrganization)));
        Register register = (Register) resource.getContents().get(0);
        assertEquals("中共某某省应急管理厅委员会（迁移）", register.getOrganizationName());
        assertEquals(2, register.getPeople().size());
    }

    @Test
    void theMigrationTableReadsSchema10AndHasNoEntryForTheCurrentVersion() {
        assertEquals(null, RegisterMigrations.TABLE.find(SchemaVersion.CURRENT));
        assertEquals(new SchemaVersion(1, 1), SchemaVersion.CURRENT);
        assertNotNull(RegisterMigrations.TABLE.find(new SchemaVersion(1, 0)));
    }

    private static void truncate(Path file, double fraction) throws IOException {
        RegisterFiles.save(SampleRegisters.meeting(20, 20), file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    }

    private static void huge(Path file, int characters) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<rectify:Register xmlns:rectify=\"urn:rectify:model:1.1\" organizationName=\"");
            char[] block = new char[1 << 16];
            java.util.Arrays.fill(block, 'x');
            for (int written = 0; written < characters; written += block.length) {
                out.write(block);
            }
            out.write("\"/>\n");
        }
    }

    private static String bomb() {
        StringBuilder doctype = new StringBuilder(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            doctype.append(" <!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                doctype.append("&lol").append(i - 1).append(';');
            }
            doctype.append("\">\n");
        }
        return doctype.append(
                "]>\n<rectify:Register xmlns:rectify=\"urn:rectify:model:1.1\" organizationName=\"&lol10;\"/>\n")
                .toString();
    }
}
