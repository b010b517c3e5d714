package rectify.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The ledger's texts exist in Chinese and English, key for key. */
class MessagesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");
        assertEquals(english, keys("messages_zh.properties"));
        assertTrue(english.size() > 50, "all texts: " + english.size());
    }

    private static Set<String> keys(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("internal/" + name)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
