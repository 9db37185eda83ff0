package io.statusdashboard.web.it;

import io.statusdashboard.web.platform.database.AbstractDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A datasource for container tests that counts the SQL statements the application executes and
 * the rows it reads, on H2 and PostgreSQL alike: it opens connections from the configured URL and
 * hands out statements whose {@code execute*} calls are counted, and result sets whose rows are
 * counted as {@code next()} reaches them. Deployed inside the test WAR and named through
 * {@code sdb.datasource.class}.
 */
public class CountingDataSource extends AbstractDataSource {

    static final AtomicLong EXECUTED = new AtomicLong();
    static final AtomicLong ROWS_READ = new AtomicLong();

    private String url;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counting(driver().connect(url, new Properties()));
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return counting(driver().connect(url, credentials));
    }

    /** The driver itself: DriverManager does not see drivers that only the application's libraries hold. */
    private Driver driver() {
        return url.startsWith("jdbc:postgresql:") ? new org.postgresql.Driver() : new org.h2.Driver();
    }

    private static Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (method, result) ->
                result instanceof Statement statement ? proxy(interfaceOf(statement), statement, (call, value) -> {
                    if (call.getName().startsWith("execute") && onARequestThread()) {
                        EXECUTED.incrementAndGet();
                    }
                    return value instanceof ResultSet rows ? countingRows(rows) : value;
                }) : result);
    }

    private static ResultSet countingRows(ResultSet rows) {
        return proxy(ResultSet.class, rows, (call, value) -> {
            if (call.getName().equals("next") && Boolean.TRUE.equals(value) && onARequestThread()) {
                ROWS_READ.incrementAndGet();
            }
            return value;
        });
    }

    /**
     * What a read costs is what its request's thread runs: the background work (the maintenance
     * clock, the webhook sender's outbox rounds) runs on the executor's threads whenever it is due
     * and would otherwise be counted against whichever read happened to be measured then.
     */
    private static boolean onARequestThread() {
        return Thread.currentThread().getName().startsWith("http-thread-pool");
    }

    private static Class<? extends Statement> interfaceOf(Statement statement) {
        if (statement instanceof java.sql.CallableStatement) {
            return java.sql.CallableStatement.class;
        }
        return statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
    }

    private interface AfterCall {
        Object apply(Method method, Object result) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<? extends T> type, T target, AfterCall after) {
        InvocationHandler handler = (self, method, arguments) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, arguments);
            }
            try {
                return after.apply(method, method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
