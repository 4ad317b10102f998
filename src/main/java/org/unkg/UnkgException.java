package org.unkg;

/** Root of every exception unkg throws on purpose; the CLI maps it to a one-line message. */
public class UnkgException extends RuntimeException {
    public UnkgException(String message) {
        super(message);
    }

    public UnkgException(String message, Throwable cause) {
        super(message, cause);
    }
}
