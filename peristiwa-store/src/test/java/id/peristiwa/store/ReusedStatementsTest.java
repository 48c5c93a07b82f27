package id.peristiwa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ReusedStatementsTest {

    private static Connection memory() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    private static long plus(Connection c, String sql, long value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, value);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aStatementTextIsPreparedOnceAndAnsweredAfresh() throws SQLException {
        try (ReusedStatements reused = new ReusedStatements(memory())) {
            Connection c = reused.connection();
            assertThat(plus(c, "SELECT ? + 1", 41)).isEqualTo(42);
            assertThat(plus(c, "SELECT ? + 1", 1999)).isEqualTo(2000);
            assertThat(plus(c, "SELECT ? * 2", 21)).isEqualTo(42);
            assertThat(reused.kept()).isEqualTo(2);
        }
    }

    @Test
    void closingAStatementClearsItsParameters() throws SQLException {
        try (ReusedStatements reused = new ReusedStatements(memory())) {
            Connection c = reused.connection();
            plus(c, "SELECT ? + 1", 41);
            try (PreparedStatement st = c.prepareStatement("SELECT ? + 1")) {
                assertThatThrownBy(st::executeQuery).isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void aStatementWhoseRunFailedIsPreparedAgain() throws SQLException {
        try (ReusedStatements reused = new ReusedStatements(memory())) {
            Connection c = reused.connection();
            // 1000 does not fit a TINYINT
            assertThatThrownBy(() -> plus(c, "SELECT CAST(? AS TINYINT) + 1", 1000)).isInstanceOf(SQLException.class);
            assertThat(plus(c, "SELECT CAST(? AS TINYINT) + 1", 99)).isEqualTo(100);
        }
    }

    @Test
    void keepsTheMostRecentlyUsedStatements() throws SQLException {
        try (ReusedStatements reused = new ReusedStatements(memory())) {
            Connection c = reused.connection();
            for (int n = 0; n <= ReusedStatements.MAX_STATEMENTS; n++) {
                assertThat(plus(c, "SELECT ? + " + n, 1)).isEqualTo(1 + n);
            }
            assertThat(reused.kept()).isEqualTo(ReusedStatements.MAX_STATEMENTS);
            assertThat(plus(c, "SELECT ? + 0", 5)).isEqualTo(5); // prepared again after it was dropped
        }
    }

    @Test
    void aReadCannotCloseTheKeptConnection() throws SQLException {
        try (ReusedStatements reused = new ReusedStatements(memory())) {
            assertThatThrownBy(() -> reused.connection().close()).isInstanceOf(IllegalStateException.class);
            assertThat(plus(reused.connection(), "SELECT ? + 1", 1)).isEqualTo(2);
        }
    }
}
