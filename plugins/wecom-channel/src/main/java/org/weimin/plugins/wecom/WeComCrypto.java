package org.weimin.plugins.wecom;

import org.weimin.spi.intake.Signatures;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The message crypto of WeCom (企业微信) application callbacks, as WeCom publishes it: a SHA-1 signature
 * over the sorted token, timestamp, nonce and ciphertext, and AES-256-CBC with the key from the
 * EncodingAESKey (the first 16 bytes as IV, PKCS#7 padding to 32-byte blocks) over
 * {@code random(16) + length(4, big-endian) + message + receiveId}.
 */
final class WeComCrypto {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final byte[] key;
    private final String receiveId;

    WeComCrypto(String token, String encodingAesKey, String receiveId) {
        this.token = token;
        this.key = Base64.getDecoder().decode(encodingAesKey + "=");
        if (key.length != 32) {
            throw new IllegalArgumentException("the EncodingAESKey must be 43 characters");
        }
        this.receiveId = receiveId;
    }

    String signature(String timestamp, String nonce, String encrypted) {
        String[] parts = {token, timestamp, nonce, encrypted};
        Arrays.sort(parts);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean verify(String signature, String timestamp, String nonce, String encrypted) {
        return signature != null && timestamp != null && nonce != null && encrypted != null
                && Signatures.matches(signature(timestamp, nonce, encrypted), signature);
    }

    /** The message inside, or null when it does not decrypt or was meant for another receiver. */
    String decrypt(String encrypted) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            byte[] plain = cipher.doFinal(Base64.getDecoder().decode(encrypted));
            int pad = plain[plain.length - 1] & 0xff;
            if (pad < 1 || pad > 32) {
                return null;
            }
            byte[] content = Arrays.copyOfRange(plain, 16, plain.length - pad);
            int length = ByteBuffer.wrap(content, 0, 4).getInt();
            if (length < 0 || length > content.length - 4) {
                return null;
            }
            String message = new String(content, 4, length, StandardCharsets.UTF_8);
            String receiver = new String(content, 4 + length, content.length - 4 - length, StandardCharsets.UTF_8);
            return receiver.equals(receiveId) ? message : null;
        } catch (GeneralSecurityException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    String encrypt(String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] receiver = receiveId.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        int unpadded = 16 + 4 + text.length + receiver.length;
        int pad = 32 - unpadded % 32;
        ByteBuffer plain = ByteBuffer.allocate(unpadded + pad).put(random).putInt(text.length).put(text).put(receiver);
        for (int i = 0; i < pad; i++) {
            plain.put((byte) pad);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
