package org.weimin.plugin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkUseScannerTest {

    /** Opens a socket of its own. */
    static class OwnSocket {
        Object open() throws IOException {
            return new java.net.Socket();
        }
    }

    /** Builds an HTTP client of its own. */
    static class OwnClient {
        Object open() {
            return HttpClient.newBuilder().build();
        }
    }

    /** Reaches for a socket by name. */
    static class ByReflection {
        Object open() throws ReflectiveOperationException {
            return Class.forName("java.net.Socket");
        }
    }

    /** Uses the client it is lent, as plugins must. */
    static class LentClient {
        Object call(HttpClient lent) throws Exception {
            return lent.send(HttpRequest.newBuilder(java.net.URI.create("https://example.org")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void classesThatOpenConnectionsOfTheirOwnAreFound() throws IOException {
        assertThat(NetworkUseScanner.scanClass(bytes(OwnSocket.class))).hasValue("java.net.Socket");
        assertThat(NetworkUseScanner.scanClass(bytes(OwnClient.class))).hasValue("java.net.http.HttpClient.newBuilder()");
        assertThat(NetworkUseScanner.scanClass(bytes(ByReflection.class))).hasValue("java.net.Socket by reflection");
        assertThat(NetworkUseScanner.scanClass(bytes(LentClient.class))).isEmpty();
    }

    @Test
    void aJarIsJudgedByItsWorstClass(@TempDir Path folder) throws IOException {
        Path clean = jar(folder.resolve("clean.jar"), LentClient.class);
        Path dirty = jar(folder.resolve("dirty.jar"), LentClient.class, OwnSocket.class);
        assertThat(NetworkUseScanner.scan(clean)).isEmpty();
        assertThat(NetworkUseScanner.scan(dirty)).hasValueSatisfying(use -> assertThat(use).contains("OwnSocket", "java.net.Socket"));
    }

    private static byte[] bytes(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getName().replaceAll(".*\\.", "") + ".class")) {
            return in.readAllBytes();
        }
    }

    private static Path jar(Path file, Class<?>... types) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
            for (Class<?> type : types) {
                out.putNextEntry(new JarEntry(type.getName().replace('.', '/') + ".class"));
                out.write(bytes(type));
                out.closeEntry();
            }
        }
        return file;
    }
}
