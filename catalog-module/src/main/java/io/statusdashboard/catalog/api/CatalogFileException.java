package io.statusdashboard.catalog.api;

/** A catalog file that cannot be provisioned; the message names the file and the line. */
public class CatalogFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param line 1-based line of the problem, or 0 when the problem has no position
     */
    public CatalogFileException(String sourceName, int line, String problem) {
        super(line > 0 ? sourceName + ", line " + line + ": " + problem : sourceName + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
