package id.peristiwa.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A read connection that keeps the statements prepared on it: {@code prepareStatement(sql)} hands back the
 * statement it prepared for the same text before, and closing that statement only clears its parameters. DuckDB
 * spends about as long preparing a small query as running it, and the store's reads are the same few dozen
 * statement texts over and over. The most recently used {@link #MAX_STATEMENTS} are kept; {@link #close()} closes
 * them and the connection.
 *
 * <p>Like the connection it wraps, it belongs to one thread at a time, and a statement's result must be read
 * (and closed) before the same statement text is run again on it; every read of the store does both.
 */
final class ReusedStatements implements AutoCloseable {

    /** Statement texts kept per connection. */
    static final int MAX_STATEMENTS = 64;

    private final Connection connection;
    private final Connection reusing;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MAX_STATEMENTS) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    ReusedStatements(Connection connection) {
        this.connection = connection;
        this.reusing = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, this::onConnection);
    }

    /** The connection to read through: it prepares each statement text once. */
    Connection connection() {
        return reusing;
    }

    /** How many prepared statements are kept now. */
    int kept() {
        return statements.size();
    }

    private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
            String sql = (String) args[0];
            PreparedStatement kept = statements.get(sql);
            if (kept == null || kept.isClosed()) { // DuckDB closes a statement whose execution failed
                kept = connection.prepareStatement(sql);
                statements.put(sql, kept);
            }
            PreparedStatement statement = kept;
            return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (p, m, a) -> onStatement(statement, m, a));
        }
        if (method.getName().equals("close")) {
            throw new IllegalStateException("a kept read connection is closed by its owner, not by a read");
        }
        return invoke(connection, method, args);
    }

    private static Object onStatement(PreparedStatement statement, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("close") && (args == null || args.length == 0)) {
            if (!statement.isClosed()) {
                statement.clearParameters();
            }
            return null;
        }
        return invoke(statement, method, args);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // a statement that cannot be closed is dropped with its connection
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            closeQuietly(statement);
        }
        statements.clear();
        connection.close();
    }
}
