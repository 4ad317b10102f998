package org.unkg;

/**
 * A document that cannot be read: names the file and, where known, the position
 * (line:column or byte offset). The build reports it on one line and goes on.
 */
public class InputException extends UnkgException {
    private final String file;
    private final String position;

    public InputException(String file, String position, String reason) {
        super(file + (position == null || position.isEmpty() ? "" : ":" + position) + ": " + reason);
        this.file = file;
        this.position = position;
    }

    public InputException(String file, String position, String reason, Throwable cause) {
        super(file + (position == null || position.isEmpty() ? "" : ":" + position) + ": " + reason, cause);
        this.file = file;
        this.position = position;
    }

    public String file() {
        return file;
    }

    public String position() {
        return position;
    }
}
