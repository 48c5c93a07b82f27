package id.peristiwa.entity;

/**
 * A gazetteer match in a sentence: tokens {@code [first, last)} match {@code form}.
 */
record Hit(int first, int last, Form form) {
    GazetteerEntry entry() {
        return form.entry();
    }

    EntryKind kind() {
        return form.entry().kind();
    }
}
