package org.weimin.plugin.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds plugin classes that would open network connections of their own instead of using the guarded HTTP
 * client their context lends them. It reads each class's constant pool: the classes it names, the methods it
 * calls and the class names it spells out for reflection. A plugin that does is not started.
 */
final class NetworkUseScanner {

    /** Classes whose mere use opens sockets. */
    private static final Set<String> SOCKETS = Set.of("java/net/Socket", "java/net/ServerSocket", "java/net/DatagramSocket",
            "java/net/MulticastSocket", "java/nio/channels/SocketChannel", "java/nio/channels/DatagramChannel",
            "java/nio/channels/AsynchronousSocketChannel", "java/net/HttpURLConnection", "java/net/URLConnection");

    /** Calls that make a client or a connection of one's own: class, then method. */
    private static final Set<String> CALLS = Set.of("java/net/http/HttpClient.newHttpClient",
            "java/net/http/HttpClient.newBuilder", "java/net/URL.openConnection", "java/net/URL.openStream",
            "javax/net/SocketFactory.getDefault", "javax/net/ssl/SSLSocketFactory.getDefault");

    private NetworkUseScanner() {
    }

    /** What the jar does of its own on the network, in words, or empty when it uses nothing of the kind. */
    static Optional<String> scan(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    Optional<String> use = scanClass(in.readAllBytes());
                    if (use.isPresent()) {
                        return Optional.of(entry.getName().replace('/', '.').replaceAll("\\.class$", "") + " uses " + use.get());
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("classes that cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The first network use the class file shows, or empty. */
    static Optional<String> scanClass(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] first = new int[count];
        int[] second = new int[count];
        int[] tag = new int[count];
        for (int i = 1; i < count; i++) {
            tag[i] = in.readUnsignedByte();
            switch (tag[i]) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    first[i] = in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool entry " + tag[i]);
            }
        }
        for (int i = 1; i < count; i++) {
            if (tag[i] == 7 && SOCKETS.contains(utf8[first[i]])) {
                return Optional.of(utf8[first[i]].replace('/', '.'));
            }
            if (tag[i] == 8 && SOCKETS.contains(utf8[first[i]].replace('.', '/'))) {
                return Optional.of(utf8[first[i]] + " by reflection");
            }
            if (tag[i] == 10 || tag[i] == 11) {
                String owner = utf8[first[first[i]]];
                String method = utf8[first[second[i]]];
                if (CALLS.contains(owner + "." + method)) {
                    return Optional.of(owner.replace('/', '.') + "." + method + "()");
                }
            }
        }
        return Optional.empty();
    }
}
