package org.partyoffice.finance.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void startsWithAByteOrderMarkAndQuotesWhatNeedsIt() {
        String csv = Csv.write(List.of("Tài khoản", "Tên"), List.of(List.of("111", "Tiền mặt, quỹ \"A\""), List.of("", "Cộng")));
        assertEquals("\uFEFFTài khoản,Tên\r\n111,\"Tiền mặt, quỹ \"\"A\"\"\"\r\n,Cộng\r\n", csv);
    }
}
