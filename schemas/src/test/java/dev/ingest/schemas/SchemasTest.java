package dev.ingest.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemasTest {
    @ParameterizedTest
    @EnumSource(Schemas.class)
    void locationsPointAtTheShippedFile(Schemas which) {
        assertEquals("/schemas/" + which.fileName(), which.classpathLocation());
        assertEquals("https://ingest.dev/schemas/" + which.fileName(), which.id());
        assertTrue(which.expectResource().toString().endsWith(which.classpathLocation()));
        assertTrue(which.findResource().isPresent());
    }
}
