package io.statusdashboard.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What an instance keeps on its own disk: the embedded database, and copies of the secrets the
 * dashboard makes for itself at first start (the API key for the scripts, an older installation's
 * password hash), in small files readable by their owner only. All under the data directory:
 * {@code SDB_DATA_DIR}, by default {@code data} in the working directory, so a container or a
 * read-only installation points it at a volume.
 */
public final class DataFiles {

    /** The setting, read from the environment or a system property (also before CDI starts). */
    public static final String SETTING = "SDB_DATA_DIR";
    private static final String DEFAULT_DIRECTORY = "data";

    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private DataFiles() {}

    /** The data directory, absolute, as the environment or the system properties set it. */
    public static Path directory() {
        return directory(name -> System.getProperty(name, System.getenv(name)));
    }

    /** The data directory, with {@code setting} answering a setting's value by name, or null. */
    public static Path directory(UnaryOperator<String> setting) {
        String given = setting.apply(SETTING);
        String directory = given == null || given.isBlank() ? DEFAULT_DIRECTORY : given.strip();
        return Path.of(directory).toAbsolutePath().normalize();
    }

    /** The file's content, stripped, or empty when there is no such file. */
    public static Optional<String> read(Path file) throws IOException {
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }

    /**
     * Creates the file, owner-only, with this content.
     *
     * @return false, writing nothing, when the file exists already (another instance made it first)
     */
    public static boolean createOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, OWNER_ONLY);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return true;
    }

    /**
     * Replaces the file's content at once: written to an owner-only file beside it, then moved over
     * it, so a reader (another instance, a crash half-way) sees the old content or the new, never a part.
     */
    public static void replaceOwnerOnly(Path file, String content) throws IOException {
        Path next;
        try {
            next = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new", OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            next = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
        }
        try {
            Files.writeString(next, content, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(next);
        }
    }
}
