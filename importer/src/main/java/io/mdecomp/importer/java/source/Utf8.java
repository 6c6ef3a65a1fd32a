package io.mdecomp.importer.java.source;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/** Strict UTF-8 decoding that reports the line and column of the first bad byte. */
final class Utf8 {

    private Utf8() {
    }

    /** The text of {@code bytes} without a byte-order mark, or empty after reporting why not to {@code problems}. */
    static Optional<String> decode(byte[] bytes, String name, Consumer<Diagnostic> problems) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            problems.accept(Diagnostic.error(SourceLocation.startOf(name), "encoding",
                    "file is UTF-16 encoded; save it as UTF-8"));
            return Optional.empty();
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return Optional.of(out.flip().toString());
        }
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
        problems.accept(Diagnostic.error(new SourceLocation(name, line, column), "encoding", String.format(
                "file is not valid UTF-8: byte 0x%02X at offset %d cannot be decoded; save the file as UTF-8",
                bytes[offset] & 0xFF, offset)));
        return Optional.empty();
    }
}
