package io.statusdashboard.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What the code under test logs, as the server's log would show it: every record of the given
 * loggers (and their children), at every level, with its message formatted. Close it to detach.
 */
public final class CapturedLog implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final List<Logger> loggers;
    private final List<Level> previousLevels;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private CapturedLog(List<Logger> loggers) {
        this.loggers = loggers;
        this.previousLevels = loggers.stream().map(Logger::getLevel).collect(Collectors.toList());
        handler.setLevel(Level.ALL);
        for (Logger logger : loggers) {
            logger.setLevel(Level.ALL);
            logger.addHandler(handler);
        }
    }

    /** Captures the loggers of these classes' names, or of these packages' names. */
    public static CapturedLog of(String... loggerNames) {
        return new CapturedLog(List.of(loggerNames).stream().map(Logger::getLogger).collect(Collectors.toList()));
    }

    /** The formatted messages, one per record, with the thrown exception's text when there is one. */
    public List<String> messages() {
        return records.stream().map(CapturedLog::text).collect(Collectors.toList());
    }

    /** Everything captured, as one text. */
    public String all() {
        return String.join("\n", messages());
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    private static String text(LogRecord record) {
        String message = new java.util.logging.SimpleFormatter().formatMessage(record);
        return record.getThrown() == null ? message : message + " " + record.getThrown();
    }

    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).removeHandler(handler);
            loggers.get(i).setLevel(previousLevels.get(i));
        }
    }
}
