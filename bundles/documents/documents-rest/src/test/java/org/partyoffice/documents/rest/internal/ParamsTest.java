package org.partyoffice.documents.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.partyoffice.documents.api.DocumentStatus;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;

class ParamsTest {

    @Test
    void numbersAreParsedOrRefusedNamingTheParameter() {
        assertEquals(42L, Params.optionalLong(" 42 ", "unitId"));
        assertNull(Params.optionalLong("", "unitId"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Params.optionalLong("4x", "unitId"));
        assertEquals("unitId", e.field());
        assertEquals("unitId", assertThrows(InvalidInputException.class, () -> Params.requiredLong(null, "unitId")).field());
    }

    @Test
    void integersKeepToTheirRange() {
        assertEquals(50, Params.integer(null, "limit", 50, 1, 1000));
        assertEquals(7, Params.integer("7", "limit", 50, 1, 1000));
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> Params.integer("0", "limit", 50, 1, 1000)).field());
        assertEquals("year", assertThrows(InvalidInputException.class, () -> Params.integer("năm", "year", 0, 1945, 9999)).field());
    }

    @Test
    void datesFlagsAndEnums() {
        assertEquals(LocalDate.of(2025, 7, 1), Params.date("2025-07-01", "deadline"));
        assertNull(Params.date(" ", "deadline"));
        assertEquals("deadline", assertThrows(InvalidInputException.class, () -> Params.date("01/07/2025", "deadline")).field());
        assertTrue(Params.flag("yes", "overdue", false));
        assertFalse(Params.flag(null, "overdue", false));
        assertEquals("overdue", assertThrows(InvalidInputException.class, () -> Params.flag("maybe", "overdue", false)).field());
        assertEquals(DocumentStatus.IN_REVIEW, Params.enumValue(DocumentStatus.class, "in-review", "status"));
        assertEquals("status", assertThrows(InvalidInputException.class,
                () -> Params.enumValue(DocumentStatus.class, "ARCHIVED", "status")).field());
    }

    @Test
    void classificationTakesVietnameseLabelsAndIsNamedAsTheField() {
        assertEquals(Clearance.TUYET_MAT, DocumentsResource.classification("Tuyệt mật"));
        assertEquals(Clearance.UNCLASSIFIED, DocumentsResource.classification(null));
        assertEquals("classification", assertThrows(InvalidInputException.class,
                () -> DocumentsResource.classification("Bí mật quốc gia")).field());
    }
}
