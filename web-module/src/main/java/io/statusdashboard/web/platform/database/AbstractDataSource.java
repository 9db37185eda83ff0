package io.statusdashboard.web.platform.database;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What a DataSource of the application's own has besides its connections: the log writer and the
 * login timeout the server's pool sets on it, kept here, and no parent logger. A subclass opens the
 * connections, says what it wraps ({@code unwrap}, {@code isWrapperFor}) and, if it opens them with
 * another DataSource, passes the login timeout on by overriding {@link #setLoginTimeout(int)}.
 *
 * <p>Public, with public methods, because the pool sets its properties through reflection on the
 * class it creates ({@code getMethods()}, inherited ones included) and the container tests' counting
 * datasource extends it too. Part of the EAR's {@code lib/} with {@link ConfiguredDataSource}: keep it
 * free of anything else of the WAR's.
 */
public abstract class AbstractDataSource implements DataSource {

    private PrintWriter logWriter;
    private volatile int loginTimeout;

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
