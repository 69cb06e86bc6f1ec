package org.eshraqa.portal.shared.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals every sensitive value already stored, bound to its table, column and row: plaintext and
 * unbound {@code enc1:} values become {@code enc2:}; rows without a row key get one first. Values
 * already bound are left alone, so running it again changes nothing. Plain JDBC in pages of the
 * primary key, so it works the same on the embedded and on an external MariaDB. It needs the data
 * keys, which only the application knows: it is registered by {@link SealedFieldsConfiguration}
 * with the application's cipher, not found by Flyway on the classpath.
 */
public class V44_1__Seal_and_bind_fields extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V44_1__Seal_and_bind_fields.class);
    private static final int PAGE = 500;

    private final FieldCipher cipher;

    public V44_1__Seal_and_bind_fields(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        run(context.getConnection());
    }

    /** The migration's work, on a connection of the caller's (also used by the tests). */
    public void run(Connection connection) throws SQLException {
        int sealed = 0;
        for (SealedColumns.RowColumns table : SealedColumns.ROWS) {
            if (table.rowColumn().equals(SealedColumns.ROW_KEY)) {
                giveRowKeys(connection, table.table());
            }
            for (String column : table.text()) {
                sealed += sealRows(connection, table, column, false);
            }
            for (String column : table.bytes()) {
                sealed += sealRows(connection, table, column, true);
            }
        }
        for (SealedColumns.LineColumns lines : SealedColumns.LINES) {
            for (String column : lines.text()) {
                sealed += sealLines(connection, lines, column);
            }
        }
        log.info("Sealed and bound {} stored values", sealed);
    }

    private static void giveRowKeys(Connection connection, String table) throws SQLException {
        List<Long> ids;
        do {
            ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id from " + table + " where row_key is null order by id limit " + PAGE);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update " + table + " set row_key = ? where id = ? and row_key is null")) {
                for (long id : ids) {
                    update.setString(1, SealedFields.newRowKey());
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
        } while (ids.size() == PAGE);
    }

    private record Pending(long id, String row, Object stored) {
    }

    private int sealRows(Connection connection, SealedColumns.RowColumns table, String column, boolean binary)
            throws SQLException {
        String id = table.idColumn();
        String select = "select " + id + ", " + table.rowColumn() + ", " + column + " from " + table.table()
                + " where " + id + " > ? and " + column + " is not null order by " + id + " limit " + PAGE;
        int count = 0;
        long after = Long.MIN_VALUE;
        List<Pending> page;
        do {
            page = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                statement.setLong(1, after);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        page.add(new Pending(rows.getLong(1), rows.getString(2),
                                binary ? rows.getBytes(3) : rows.getString(3)));
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update " + table.table() + " set " + column + " = ? where " + id + " = ?")) {
                for (Pending row : page) {
                    after = row.id();
                    FieldBinding binding = new FieldBinding(table.table(), column, row.row());
                    if (binary) {
                        byte[] stored = (byte[]) row.stored();
                        if (FieldCipher.isBound(stored)) {
                            continue;
                        }
                        update.setBytes(1, cipher.seal(cipher.decrypt(stored), binding));
                    } else {
                        String stored = (String) row.stored();
                        if (FieldCipher.isBoundText(stored)) {
                            continue;
                        }
                        update.setString(1, cipher.sealText(cipher.decryptText(stored), binding));
                    }
                    update.setLong(2, row.id());
                    update.addBatch();
                    count++;
                }
                update.executeBatch();
            }
        } while (page.size() == PAGE);
        return count;
    }

    private record PendingLine(long owner, int position, String row, String stored) {
    }

    private int sealLines(Connection connection, SealedColumns.LineColumns lines, String column) throws SQLException {
        String owner = lines.ownerColumn();
        String select = "select l." + owner + ", l.position, o.row_key, l." + column + " from " + lines.table()
                + " l join " + lines.ownerTable() + " o on o.id = l." + owner
                + " where (l." + owner + " > ? or (l." + owner + " = ? and l.position > ?)) and l." + column
                + " is not null order by l." + owner + ", l.position limit " + PAGE;
        int count = 0;
        long afterOwner = Long.MIN_VALUE;
        int afterPosition = Integer.MIN_VALUE;
        List<PendingLine> page;
        do {
            page = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                statement.setLong(1, afterOwner);
                statement.setLong(2, afterOwner);
                statement.setInt(3, afterPosition);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        page.add(new PendingLine(rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getString(4)));
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update " + lines.table() + " set " + column
                    + " = ? where " + owner + " = ? and position = ?")) {
                for (PendingLine line : page) {
                    afterOwner = line.owner();
                    afterPosition = line.position();
                    if (FieldCipher.isBoundText(line.stored())) {
                        continue;
                    }
                    FieldBinding binding = FieldBinding.line(lines.table(), column, line.row(), line.position());
                    update.setString(1, cipher.sealText(cipher.decryptText(line.stored()), binding));
                    update.setLong(2, line.owner());
                    update.setInt(3, line.position());
                    update.addBatch();
                    count++;
                }
                update.executeBatch();
            }
        } while (page.size() == PAGE);
        return count;
    }
}
