package org.partyoffice.documents.impl.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh office ({@link Fixture}) for each test, in its own folder, and the staff's steps on it ({@link Drafts}). */
abstract class OfficeTest {

    @TempDir
    Path temp;
    Fixture f;
    Drafts drafts;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        drafts = new Drafts(f);
    }

    @AfterEach
    void tearDown() {
        f.index.deactivate();
        f.close();
    }
}
