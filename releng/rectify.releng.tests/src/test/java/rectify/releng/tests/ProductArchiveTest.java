package rectify.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rectify.releng.tests.LaunchScript.rectify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * {@code rectify archive} through the product's launch script, each file it writes checked by
 * veraPDF: the sample register as PDF/A-2b and 3b, and a record of 10,000 measures with a
 * character no font has.
 */
class ProductArchiveTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theSampleRegisterIsArchivedAsValidPdfA2bAndPdfA3b() throws Exception {
        for (String part : List.of("2b", "3b")) {
            Path out = Command.fresh(LaunchScript.dir().resolve("archives-" + part));

            LaunchScript.Result archive = rectify("archive", Command.property("rectify.sample").toString(), "--all",
                    "--out", out.toString(), "--pdfa", part);

            assertEquals(0, archive.exitCode(), archive.err());
            List<String> files = archive.out().lines().toList();
            assertEquals(2, files.size(), archive.out());
            assertTrue(archive.err().contains("[2/2]"), "progress of the batch: " + archive.err());
            for (String file : files) {
                assertCompliant(Path.of(file), part.equals("2b") ? PDFAFlavour.PDFA_2_B : PDFAFlavour.PDFA_3_B);
            }
        }
    }

    @Test
    void aRecordOfTenThousandMeasuresAndACharacterNoFontHasIsArchivedValid() throws Exception {
        Path register = largeRegister(LaunchScript.dir().resolve("large.rectify"));
        Path file = LaunchScript.dir().resolve("large.pdf");
        Files.deleteIfExists(file);

        LaunchScript.Result archive = rectify("-nl", "en", "archive", register.toString(), "--out", file.toString(),
                "--pdfa", "3b");

        assertEquals(0, archive.exitCode(), archive.err());
        assertTrue(archive.err().contains("U+1F600"), "the replaced character is reported: " + archive.err());
        assertCompliant(file, PDFAFlavour.PDFA_3_B);
    }

    private static void assertCompliant(Path file, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(file.toFile())) {
            assertEquals(flavour, parser.getFlavour(), file + " declares its part");
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + " " + assertion.getMessage());
                }
            }
            assertTrue(result.isCompliant(), file + " is not " + flavour + ": " + failed);
        }
    }

    /**
     * A register file with one meeting of 100 directions of 100 measures, whose title has an
     * emoji, which no installed font has.
     */
    private static Path largeRegister(Path file) throws IOException {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rectify:Register xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:rectify="urn:rectify:model:1.0" \
                xmi:id="_register" organizationName="中共XX省XX厅委员会" fondsCode="X001">
                  <records xsi:type="rectify:Meeting" xmi:id="_meeting" title="一万项整改措施" year="2025">
                    <review xmi:id="_review" title="一万项整改措施的对照检查材料😀">
                      <aspects xmi:id="_aspect" label="（一）" title="在整改落实方面">
                        <problems xmi:id="_problem" number="1" headline="整改落实不到位。"/>
                      </aspects>
                """);
        for (int d = 1; d <= 100; d++) {
            xml.append("      <directions xmi:id=\"_d").append(d).append("\" heading=\"方向").append(d).append("。\">\n");
            for (int m = 1; m <= 100; m++) {
                xml.append("        <measures xmi:id=\"_m").append(d).append('_').append(m).append("\" number=\"")
                        .append(m)
                        .append("\" headline=\"措施").append((d - 1) * 100 + m).append("。\" deadline=\"2030-01-31\"/>\n");
            }
            xml.append("      </directions>\n");
        }
        xml.append("    </review>\n  </records>\n</rectify:Register>\n");
        return Files.writeString(file, xml, StandardCharsets.UTF_8);
    }
}
