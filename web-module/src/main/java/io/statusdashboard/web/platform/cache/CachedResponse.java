package io.statusdashboard.web.platform.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered response as the cache keeps it: the body as rendered and gzip-compressed once, a
 * strong entity tag derived from the bytes, when it was rendered and until when it may be served.
 *
 * <p>Stored as plain bytes, not as a serialized object: the cache is shared across the cluster
 * and outlives redeployments, and no other class loader needs to know this type.
 */
public record CachedResponse(int status, String contentType, byte[] body, byte[] gzipBody, String entityTag,
        Instant rendered, Instant expires) {

    private static final int FORMAT = 1;

    /** A response rendered at {@code rendered}, valid until {@code expires}. */
    public static CachedResponse of(int status, String contentType, byte[] body, Instant rendered, Instant expires) {
        return new CachedResponse(status, contentType, body, gzip(body), entityTag(body), rendered, expires);
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expires);
    }

    /** Strong tags differ per representation: the compressed body is another sequence of bytes. */
    public String entityTag(boolean gzip) {
        return gzip ? "\"" + entityTag + "-gzip\"" : "\"" + entityTag + "\"";
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + gzipBody.length + 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeInt(status);
            out.writeUTF(contentType);
            out.writeUTF(entityTag);
            out.writeLong(rendered.toEpochMilli());
            out.writeLong(expires.toEpochMilli());
            out.writeInt(body.length);
            out.write(body);
            out.writeInt(gzipBody.length);
            out.write(gzipBody);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The response stored by {@link #toBytes()}, or null for bytes in another format. */
    public static CachedResponse fromBytes(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            if (in.readByte() != FORMAT) {
                return null;
            }
            int status = in.readInt();
            String contentType = in.readUTF();
            String entityTag = in.readUTF();
            Instant rendered = Instant.ofEpochMilli(in.readLong());
            Instant expires = Instant.ofEpochMilli(in.readLong());
            byte[] body = in.readNBytes(in.readInt());
            byte[] gzipBody = in.readNBytes(in.readInt());
            return new CachedResponse(status, contentType, body, gzipBody, entityTag, rendered, expires);
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private static String entityTag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
