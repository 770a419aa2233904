package org.partyoffice.archives.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import javax.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;

class UploadsTest {

    @TempDir
    Path temp;

    @Test
    void fileNamesArePercentDecodedUtf8AndPlusStaysPlus() {
        assertEquals("Hồ sơ 01+phụ lục.pdf", Uploads.fileName("H%E1%BB%93%20s%C6%A1%2001+ph%E1%BB%A5%20l%E1%BB%A5c.pdf"));
        assertEquals("X-File-Name", assertThrows(InvalidInputException.class, () -> Uploads.fileName(" ")).field());
        assertEquals("X-File-Name", assertThrows(InvalidInputException.class, () -> Uploads.fileName("a%zz.pdf")).field());
    }

    @Test
    void base64FilesAreDecodedWithinTheLimitAndNamedInErrors() {
        byte[] text = "Biên bản họp Ban Thường vụ".getBytes(StandardCharsets.UTF_8);
        String b64 = Base64.getEncoder().encodeToString(text);
        assertArrayEquals(text, Uploads.base64(b64, "files[0].content", 1000));
        assertArrayEquals(text, Uploads.base64(b64.substring(0, 10) + "\n" + b64.substring(10), "files[0].content", 1000));
        assertArrayEquals(text, Uploads.base64(Base64.getUrlEncoder().encodeToString(text), "f", 1000));
        assertEquals("files[1].content", assertThrows(InvalidInputException.class,
                () -> Uploads.base64("không phải base64!", "files[1].content", 1000)).field());
        assertEquals("files[0].content", assertThrows(InvalidInputException.class, () -> Uploads.base64("", "files[0].content", 9)).field());
        Uploads.PayloadTooLargeException big = assertThrows(Uploads.PayloadTooLargeException.class,
                () -> Uploads.base64(b64, "files[0].content", 10));
        assertEquals(413, big.status());
        assertEquals("files[0].content", big.field());
    }

    @Test
    void bodiesAreSavedUpToTheLimitAndARefusedOneLeavesNoFile() throws Exception {
        Path target = temp.resolve("lô 1.zip");
        Uploads.save(new ByteArrayInputStream(new byte[] {1, 2, 3}), target, "file", 3);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        Path refused = temp.resolve("lớn.zip");
        assertEquals(413, assertThrows(Uploads.PayloadTooLargeException.class,
                () -> Uploads.save(new ByteArrayInputStream(new byte[4]), refused, "file", 3)).status());
        assertFalse(Files.exists(refused));
        assertEquals("file", assertThrows(InvalidInputException.class,
                () -> Uploads.save(new ByteArrayInputStream(new byte[0]), refused, "file", 3)).field());
        assertFalse(Files.exists(refused));
    }

    @Test
    void classificationsTakeLabelsAndNameTheField() {
        assertEquals(Clearance.TOI_MAT, Uploads.classification("Tối mật", "classification"));
        assertEquals(Clearance.TUYET_MAT, Uploads.classification("TUYET_MAT", "classification"));
        assertNull(Uploads.classification(" ", "classification"));
        assertEquals("classification", assertThrows(InvalidInputException.class,
                () -> Uploads.classification("Bí mật", "classification")).field());
    }

    @Test
    void textKeepsItsCharsetOtherTypesDoNot() {
        assertEquals("text/plain;charset=UTF-8", Uploads.mediaType(new MediaType("text", "plain", Map.of("charset", "UTF-8"))));
        assertEquals("application/pdf", Uploads.mediaType(new MediaType("application", "pdf", Map.of("x", "y"))));
        assertNull(Uploads.mediaType(null));
    }

    @Test
    void downloadsCarryAnAsciiNameAndTheRealOneAsRfc5987() {
        assertEquals("attachment; filename=\"Ho so so 1.pdf\"; filename*=UTF-8''H%E1%BB%93%20s%C6%A1%20s%E1%BB%91%201.pdf",
                Downloads.attachment("Hồ sơ số 1.pdf"));
        assertTrue(Downloads.attachment(null).contains("filename=\"file\""));
    }
}
