package org.partyoffice.documents.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.InvalidInputException;

class UploadsTest {

    @Test
    void fileNamesArePercentDecodedUtf8AndPlusStaysPlus() {
        assertEquals("Nghị quyết 01+phụ lục.pdf",
                Uploads.fileName("Ngh%E1%BB%8B%20quy%E1%BA%BFt%2001+ph%E1%BB%A5%20l%E1%BB%A5c.pdf"));
        assertEquals("X-File-Name", assertThrows(InvalidInputException.class, () -> Uploads.fileName(null)).field());
        assertEquals("X-File-Name", assertThrows(InvalidInputException.class, () -> Uploads.fileName("a%zz.pdf")).field());
    }

    @Test
    void bodiesAreReadUpToTheLimit() {
        byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(ten, Uploads.read(new ByteArrayInputStream(ten), "file", 10));
        Uploads.PayloadTooLargeException big = assertThrows(Uploads.PayloadTooLargeException.class,
                () -> Uploads.read(new ByteArrayInputStream(ten), "file", 9));
        assertEquals(413, big.status());
        assertEquals("file", big.field());
        assertEquals("scan", assertThrows(InvalidInputException.class,
                () -> Uploads.read(new ByteArrayInputStream(new byte[0]), "scan", 9)).field());
    }

    @Test
    void downloadsCarryAnAsciiNameAndTheRealOneAsRfc5987() {
        assertEquals("attachment; filename=\"Nghi quyet so 1.pdf\"; filename*=UTF-8''Ngh%E1%BB%8B%20quy%E1%BA%BFt%20s%E1%BB%91%201.pdf",
                Downloads.attachment("Nghị quyết số 1.pdf"));
        assertEquals("Dang uy _x_.txt", Downloads.asciiFallback("Đảng ủy \"x\".txt"));
    }
}
