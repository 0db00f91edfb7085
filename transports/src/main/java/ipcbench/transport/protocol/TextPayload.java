package ipcbench.transport.protocol;

import ipcbench.transport.wire.Payload;

/**
 * The payload of a protocol whose body is text (a JSON string): one character per byte, from 64
 * that JSON never escapes ({@code A-Z a-z 0-9 - _}), at each position the character of the
 * frame's {@link Payload#patternByte pattern}; a request of at least {@value #STAMP_CHARS}
 * characters carries its sequence number in the first ones, as a frame's payload does in its first
 * four bytes. {@link Check} verifies an answer as thoroughly as {@code ResponseCheck} verifies a
 * frame's.
 */
final class TextPayload {
    /** Six base-64 digits: 36 bits, any int. */
    static final int STAMP_CHARS = 6;
    private static final char[] DIGITS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static volatile char[] shared = new char[0];

    private TextPayload() {
    }

    static char patternChar(int index) {
        return DIGITS[Payload.patternByte(index) & 63];
    }

    static boolean stamped(int length) {
        return length >= STAMP_CHARS;
    }

    /** The pattern for indices [0, length), in a new array: a client's request, stamped before each send. */
    static char[] pattern(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = patternChar(i);
        }
        return chars;
    }

    /** The pattern for indices [from, to), as the daemon appends it to a shorter request's echo. */
    static String range(int from, int to) {
        char[] current = shared;
        if (current.length < to) {
            synchronized (TextPayload.class) {
                if (shared.length < to) {
                    shared = pattern(Math.max(to, 2 * shared.length));
                }
                current = shared;
            }
        }
        return new String(current, from, to - from);
    }

    /** Writes {@code sequence} into the first {@value #STAMP_CHARS} characters. */
    static void stamp(char[] chars, int sequence) {
        long value = sequence & 0xffffffffL;
        for (int i = STAMP_CHARS - 1; i >= 0; i--) {
            chars[i] = DIGITS[(int) (value & 63)];
            value >>>= 6;
        }
    }

    /** The sequence number in the first {@value #STAMP_CHARS} characters, or -1 when they are not digits. */
    static long stampOf(CharSequence text) {
        long value = 0;
        for (int i = 0; i < STAMP_CHARS; i++) {
            int digit = digit(text.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value << 6 | digit;
        }
        return value;
    }

    private static int digit(char c) {
        return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9'
                ? c - '0' + 52 : c == '-' ? 62 : c == '_' ? 63 : -1;
    }

    /**
     * The daemon's answer to {@code request} with {@code responseLength} characters: the request's
     * own characters as far as both go, then the pattern.
     */
    static String answer(String request, int responseLength) {
        if (responseLength <= request.length()) {
            return responseLength == request.length() ? request : request.substring(0, responseLength);
        }
        return request + range(request.length(), responseLength);
    }

    /** Verifies answers, sampling as {@code ResponseCheck} does: every character of the first and of one in 64. */
    static final class Check {
        static final int FULL_CHECK_EVERY = 64;
        private boolean checkedOnce;

        /** Null when {@code text} is the right answer to request {@code sequence}; else what is wrong. */
        String verify(String text, int sequence, int requestLength, int responseLength) {
            if (text == null) {
                return "has no payload";
            }
            if (text.length() != responseLength) {
                return "has " + text.length() + " payload characters, expected " + responseLength;
            }
            int from = 0;
            if (stamped(requestLength)) {
                if (responseLength >= STAMP_CHARS) {
                    long stamp = stampOf(text);
                    if (stamp != (sequence & 0xffffffffL)) {
                        return "echoes the payload of request " + stamp;
                    }
                }
                from = Math.min(responseLength, STAMP_CHARS); // a shorter answer is the stamp's first characters
            }
            if (responseLength > from) {
                if (!checkedOnce || (sequence & (FULL_CHECK_EVERY - 1)) == 0) {
                    checkedOnce = true;
                    for (int i = from; i < responseLength; i++) {
                        if (text.charAt(i) != patternChar(i)) {
                            return "has a corrupt payload at character " + i;
                        }
                    }
                } else {
                    int last = responseLength - 1;
                    int middle = from + (responseLength - from) / 2;
                    if (text.charAt(last) != patternChar(last)) {
                        return "has a corrupt payload at character " + last;
                    }
                    if (text.charAt(middle) != patternChar(middle)) {
                        return "has a corrupt payload at character " + middle;
                    }
                }
            }
            return null;
        }
    }

}
