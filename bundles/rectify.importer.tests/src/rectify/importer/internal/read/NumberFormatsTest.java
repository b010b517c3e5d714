package rectify.importer.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in Word's number formats, as automatic numbering shows them. */
class NumberFormatsTest {

    @ParameterizedTest
    @CsvSource({
            "3, decimal, 3",
            "3, decimalZero, 03",
            "12, decimalFullWidth, １２",
            "12, chineseCounting, 十二",
            "3, chineseCountingThousand, 三",
            "10, ideographDigital, 一〇",
            "4, chineseLegalSimplified, 肆",
            "2, ideographTraditional, 乙",
            "3, decimalEnclosedCircle, ③",
            "2, decimalEnclosedParen, ⑵",
            "5, ideographEnclosedCircle, ㈤",
            "28, lowerLetter, bb",
            "14, upperRoman, XIV",
            "7, someFutureFormat, 7" })
    void formats(int n, String format, String shown) {
        assertEquals(shown, NumberFormats.format(n, format));
    }
}
