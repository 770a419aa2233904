package org.partyoffice.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.WebConstants;

import com.fasterxml.jackson.databind.JsonMappingException;

class JsonProviderTest {

    /** A record of the kind resources return. */
    public record Decision(String title, LocalDate signed, Instant recorded, Clearance classification, List<String> tags) {
    }

    private static final Annotation[] NONE = new Annotation[0];
    private final JsonProvider provider = new JsonProvider();

    private byte[] write(Object value, MediaType type) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(value, value.getClass(), value.getClass(), NONE, type, new MultivaluedHashMap<>(), out);
        return out.toByteArray();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> T read(Class<T> type, byte[] json) throws Exception {
        return (T) provider.readFrom((Class) type, type, NONE, MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(),
                new ByteArrayInputStream(json));
    }

    @Test
    void roundTripsDatesInstantsAndVietnamese() throws Exception {
        Decision d = new Decision("Nghị quyết về công tác xây dựng Đảng năm 2025", LocalDate.of(2025, 7, 1),
                Instant.parse("2025-07-01T08:30:15.250Z"), Clearance.TOI_MAT, List.of("Tối mật", "Đảng ủy xã"));
        byte[] json = write(d, MediaType.APPLICATION_JSON_TYPE);
        String text = new String(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"signed\":\"2025-07-01\""), text);
        assertTrue(text.contains("\"recorded\":\"2025-07-01T08:30:15.250Z\""), text);
        assertTrue(text.contains("\"title\":\"Nghị quyết về công tác xây dựng Đảng năm 2025\""), text);
        assertTrue(text.contains("\"classification\":\"TOI_MAT\""), text);
        assertEquals(d, read(Decision.class, json));
    }

    @Test
    void writesUtf8() throws Exception {
        byte[] json = write(new Decision("Đ", null, null, null, List.of()), MediaType.APPLICATION_JSON_TYPE);
        String expected = "{\"title\":\"Đ\",";
        byte[] prefix = expected.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < prefix.length; i++) {
            assertEquals(prefix[i], json[i], "byte " + i);
        }
    }

    @Test
    void rejectsUnknownFields() {
        byte[] json = "{\"title\":\"x\",\"titel\":\"y\"}".getBytes(StandardCharsets.UTF_8);
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(Decision.class, json));
        assertEquals("titel", ProblemMapper.fieldOf(e));
    }

    @Test
    void handlesJsonAndProblemJsonButNotPlainBodies() {
        MediaType problem = MediaType.valueOf(WebConstants.PROBLEM_JSON);
        assertTrue(provider.isWriteable(Decision.class, Decision.class, NONE, MediaType.APPLICATION_JSON_TYPE));
        assertTrue(provider.isWriteable(java.util.Map.class, java.util.Map.class, NONE, problem));
        assertTrue(provider.isReadable(Decision.class, Decision.class, NONE, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(provider.isWriteable(byte[].class, byte[].class, NONE, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(provider.isWriteable(String.class, String.class, NONE, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(provider.isReadable(InputStream.class, InputStream.class, NONE, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(provider.isWriteable(Decision.class, Decision.class, NONE, MediaType.TEXT_PLAIN_TYPE));
    }
}
