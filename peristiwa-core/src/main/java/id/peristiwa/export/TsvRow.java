package id.peristiwa.export;

/**
 * One tab-separated row being built, field by field. Text fields lose what would break the row: tabs, line
 * breaks and other control characters become spaces; a null field is written empty.
 */
final class TsvRow {
    private final StringBuilder line = new StringBuilder(512);
    private int fields;

    /** Appends a text field, cleaned; null appends an empty field. */
    TsvRow text(String value) {
        separate();
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                line.append(breaksRow(c) ? ' ' : c);
            }
        }
        return this;
    }

    /** Appends a number field. */
    TsvRow number(long value) {
        separate();
        line.append(value);
        return this;
    }

    /** Appends an empty field. */
    TsvRow blank() {
        return text(null);
    }

    /** How many fields the row holds so far. */
    int size() {
        return fields;
    }

    @Override
    public String toString() {
        return line.toString();
    }

    private void separate() {
        if (fields++ > 0) {
            line.append('\t');
        }
    }

    private static boolean breaksRow(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
