package io.mdecomp.model.yaml;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file's bytes and decodes them strictly as UTF-8, refusing what is not a readable text file.
 * {@link #decode} serves every text input mdecomp reads (models, scenarios, CSV files).
 */
public final class SourceText {

    private SourceText() {
    }

    /** The decoded text of a YAML file, within {@code limits} (four bytes per code point at most). */
    static String read(Path file, String name, YamlLimits limits) {
        Path inside = file.resolve("model.yaml");
        String hint = Files.isRegularFile(inside) ? "; did you mean '" + inside + "'?" : "; pass a YAML file";
        return read(file, name, 4L * limits.maxCodePoints(), "is a directory, not a file" + hint);
    }

    /**
     * The decoded text of {@code file} (a leading byte-order mark removed), named {@code name} in
     * diagnostics; an {@link InputException} for a directory (saying {@code whenDirectory}), a
     * missing or unreadable file, a file over {@code maxBytes} (refused before it is read) and
     * bytes that are not UTF-8 (see {@link #decode}).
     */
    public static String read(Path file, String name, long maxBytes, String whenDirectory) {
        SourceLocation whole = new SourceLocation(name, 0, 0);
        if (Files.isDirectory(file)) {
            throw fail(whole, "io", whenDirectory);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw fail(whole, "limit", "file is too large (" + size + " bytes); the limit is " + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(whole, "io", "no such file");
        } catch (AccessDeniedException e) {
            throw fail(whole, "io", "permission denied");
        } catch (IOException e) {
            throw fail(whole, "io", "cannot read the file: " + e.getMessage());
        }
        return decode(bytes, name);
    }

    /**
     * Decodes {@code bytes} as UTF-8 (a leading byte-order mark removed); a bad byte, or a UTF-16
     * byte-order mark, is an {@link InputException} located at its line and column in {@code name}.
     */
    public static String decode(byte[] bytes, String name) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw fail(SourceLocation.startOf(name), "encoding",
                    "file is UTF-16 encoded; save it as UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String prefix = out.flip().toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < prefix.length(); i++) {
                if (prefix.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = prefix.codePointCount(lineStart, prefix.length()) + 1;
            throw fail(new SourceLocation(name, line, column), "encoding", String.format(
                    "file is not valid UTF-8: byte 0x%02X at offset %d cannot be decoded; save the file as UTF-8",
                    bytes[offset] & 0xFF, offset));
        }
        return out.flip().toString();
    }

    private static InputException fail(SourceLocation location, String code, String message) {
        return new InputException(Diagnostic.error(location, code, message));
    }
}
