package rectify.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.model.Meeting;
import rectify.model.Register;

/** Register files are UTF-8 with an XML declaration that says so, and Chinese text survives. */
class RegisterEncodingTest {

    @TempDir
    Path dir;

    @Test
    void theFileIsUtf8WithADeclarationAndLiteralChinese() throws IOException {
        Register register = SampleRegisters.meeting(3, 3);
        Path file = dir.resolve("中文 名称.rectify");
        RegisterFiles.save(register, file);

        byte[] bytes = Files.readAllBytes(file);
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        assertEquals(declaration, new String(bytes, 0, declaration.length(), StandardCharsets.US_ASCII));
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        assertTrue(text.contains("organizationName=\"中共某某省应急管理厅委员会\""), "Chinese is written as is");
        assertFalse(text.matches("(?s).*&#x[0-9A-Fa-f]{3,};.*"), "no character references for Chinese");
        assertTrue(text.contains("xmlns:rectify=\"urn:rectify:model:1.1\""));
        assertTrue(text.contains("xmi:id=\""), "elements carry UUIDs");
    }

    @Test
    void chineseTextSurvivesALoad() throws IOException {
        Register register = SampleRegisters.meeting(3, 3);
        Path file = dir.resolve("会议.rectify");
        RegisterFiles.save(register, file);
        Register loaded = RegisterFiles.load(file);
        assertTrue(EcoreUtil.equals(register, loaded));
        Meeting meeting = (Meeting) loaded.getRecords().get(0);
        assertEquals("会议由党委书记主持。\n与会同志逐一发言，开展批评和自我批评。", meeting.getMinutes());
        assertEquals("带头深刻感悟“两个确立”的决定性意义方面", meeting.getReview().getAspects().get(0).getTitle());
    }
}
