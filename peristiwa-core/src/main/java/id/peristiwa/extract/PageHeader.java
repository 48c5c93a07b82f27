package id.peristiwa.extract;

/**
 * Where the headline parts of a captured page are: line indices into the page, -1 where a part is missing.
 * {@code section} may also be taken from a breadcrumb, hence its text travels along.
 */
record PageHeader(int title, int section, String sectionText, int byline, int date) {

    static final PageHeader NONE = new PageHeader(-1, -1, null, -1, -1);

    /** The last headline line inside {@code range}, or -1: author or date printed under a standfirst. */
    int lastWithin(BodyRange range) {
        int last = -1;
        for (int index : new int[] {title, section, byline, date}) {
            if (range.contains(index)) {
                last = Math.max(last, index);
            }
        }
        return last;
    }

    /** True when the line was taken as one of the headline parts. */
    boolean uses(int index) {
        return index >= 0 && (index == title || index == section || index == byline || index == date);
    }
}
